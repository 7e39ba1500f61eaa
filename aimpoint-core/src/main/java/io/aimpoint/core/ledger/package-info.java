/** Values of the ledger: billable delivery records, spend and delivery statistics. */
package io.aimpoint.core.ledger;
