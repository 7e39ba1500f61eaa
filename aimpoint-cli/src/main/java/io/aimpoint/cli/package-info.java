/**
 * The {@code aimpoint} command line: {@link io.aimpoint.cli.Main} and its subcommands. This is the
 * one place that wires a configuration together (embedded stores, engine, HTTP server); everything
 * it wires knows only the ports.
 */
package io.aimpoint.cli;
