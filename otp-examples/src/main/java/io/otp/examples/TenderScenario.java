package io.otp.examples;

/**
 * Placeholder replaced by the tender scenario.
 */
public final class TenderScenario {

    private TenderScenario() {
    }

    /**
     * Runs the scenario.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("OTP SDK");
    }
}
