/** Shared screen parts that need no identity: translated page titles, form helpers, the admin's clinic page and the not-found page. */
@NamedInterface("ui")
@org.jspecify.annotations.NullMarked
package app.attune.shell.ui;

import org.springframework.modulith.NamedInterface;
