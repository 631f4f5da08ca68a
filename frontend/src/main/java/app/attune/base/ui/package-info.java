/** Shared screen parts that need no identity: translated page titles, the admin's clinic page and the not-found page. */
package app.attune.base.ui;
