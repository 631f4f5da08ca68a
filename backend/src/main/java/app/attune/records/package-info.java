/** The client's rights over their record: the whole record for an access request, and its purge once past retention. */
@org.jspecify.annotations.NullMarked
package app.attune.records;
