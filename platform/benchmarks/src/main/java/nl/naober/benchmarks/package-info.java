/**
 * Benchmarks of the platform, run with {@code -Pbench}. Each reports absolute figures for this
 * machine and, where a comparison matters, a ratio of two variants measured side by side in one
 * run. None fails on a time.
 */
package nl.naober.benchmarks;
