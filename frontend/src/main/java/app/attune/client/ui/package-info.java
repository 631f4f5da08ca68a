/** Client records for therapists, and the client's own space in the portal; other features add tabs to a client's page. */
@NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package app.attune.client.ui;

import org.springframework.modulith.NamedInterface;
