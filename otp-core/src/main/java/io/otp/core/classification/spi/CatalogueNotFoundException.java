package io.otp.core.classification.spi;

import io.otp.core.OtpException;

/**
 * Thrown when a caller requires a classification catalogue ({@link Catalogues#requireCpv()},
 * {@link Catalogues#requireNuts()}) and none is present. The message says how to add one.
 */
public class CatalogueNotFoundException extends OtpException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message which catalogue is missing and how to provide one; not null
     */
    public CatalogueNotFoundException(String message) {
        super(message);
    }
}
