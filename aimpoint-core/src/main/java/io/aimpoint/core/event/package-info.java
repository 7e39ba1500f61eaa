/** Behaviour, decision and tracking events as stored in the event log. */
package io.aimpoint.core.event;
