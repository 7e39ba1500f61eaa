/** Delivery reports of campaigns, computed from the ledger. */
package io.aimpoint.engine.report;
