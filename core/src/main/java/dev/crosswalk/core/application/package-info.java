/**
 * The services behind core's use cases. They orchestrate ports and hold no state of their own beyond their
 * collaborators; every service is thread-safe.
 */
package dev.crosswalk.core.application;
