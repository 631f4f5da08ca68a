/** Who a request comes from: the reverse proxies Attune trusts, and the one place that believes their headers. */
@org.jspecify.annotations.NullMarked
package app.attune.network;
