/** Test support shared by every module's tests: the Salesforce emulator lives in {@code salesforce}. */
package dev.crosswalk.testkit;
