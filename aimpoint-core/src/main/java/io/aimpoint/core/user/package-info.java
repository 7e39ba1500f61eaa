/** User profiles keyed by pseudonymous user key. */
package io.aimpoint.core.user;
