/** The client's rights over their record: the whole record exported for an access request. */
package app.attune.records;
