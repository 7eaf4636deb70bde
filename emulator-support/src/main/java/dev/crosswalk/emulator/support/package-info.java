/**
 * Plumbing every Crosswalk CRM emulator shares: {@link dev.crosswalk.emulator.support.HttpCall} over the JDK HTTP
 * server, {@link dev.crosswalk.emulator.support.RouteTable} (method and path pattern to handler, with 404 and 405
 * told apart), the {@link dev.crosswalk.emulator.support.RequestLog}, a seeded
 * {@link dev.crosswalk.emulator.support.FaultPlan}, token grant counts and a {@link
 * dev.crosswalk.emulator.support.MutableClock}. Each emulator renders errors in its provider's own format.
 */
package dev.crosswalk.emulator.support;
