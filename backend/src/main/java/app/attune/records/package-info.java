/** The client's rights over their record: the whole record for an access request, and its purge once past retention. */
package app.attune.records;
