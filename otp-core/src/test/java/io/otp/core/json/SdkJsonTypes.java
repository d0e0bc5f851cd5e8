package io.otp.core.json;

import io.otp.core.testing.JsonTypeScan;

/**
 * The scan of otp-core's main classes that the JSON tests of this package share (one import of the
 * bytecode for all of them); see {@link JsonTypeScan} for what it finds.
 */
final class SdkJsonTypes {

    /** Where the scan looks: otp-core's main classes, tests excluded. */
    static final String ROOT_PACKAGE = "io.otp.core";

    /** The scan. */
    static final JsonTypeScan CORE = JsonTypeScan.of(ROOT_PACKAGE);

    private SdkJsonTypes() {
    }
}
