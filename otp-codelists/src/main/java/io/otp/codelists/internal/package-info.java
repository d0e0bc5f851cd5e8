/**
 * Implementation of otp-codelists, not exported: the StAX reader of genericode files, the pre-built
 * index and its generator, where the lists are read from, and the providers of the core's
 * classification SPI.
 */
package io.otp.codelists.internal;
