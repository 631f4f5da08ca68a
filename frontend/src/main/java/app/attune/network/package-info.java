/** Who a request comes from: the reverse proxies Attune trusts, and the one place that believes their headers. */
package app.attune.network;
