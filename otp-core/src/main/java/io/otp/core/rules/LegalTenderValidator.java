package io.otp.core.rules;

import io.otp.core.Violation;
import io.otp.core.internal.validation.JakartaTemplates;
import io.otp.core.tender.LegalTender;
import io.otp.core.tender.Tender;
import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import jakarta.validation.ConstraintViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates the class-level constraint {@link LegalTender} of {@link Tender} for Jakarta Bean
 * Validation with the rules of {@link OtpValidator}, so that a host's {@code @Valid Tender} or
 * {@code validator.validate(tender)} reports the same violations, with the same paths, as
 * {@code OtpValidator.standard().validate(tender)}.
 *
 * <p><b>Registration.</b> {@code @LegalTender} lives in {@code io.otp.core.tender} with
 * {@code validatedBy = {}}, because naming this class there would make the packages depend on each
 * other. Hibernate Validator finds this class with {@link java.util.ServiceLoader}: the module
 * declares {@code provides jakarta.validation.ConstraintValidator with LegalTenderValidator} (module
 * path) and {@code META-INF/services/jakarta.validation.ConstraintValidator} names it (class path).
 * That discovery is a Hibernate Validator feature; with another provider, declare the validator in
 * a constraint mapping ({@code <constraint-definition annotation="io.otp.core.tender.LegalTender">
 * <validated-by include-existing-validators="true"><value>io.otp.core.rules.LegalTenderValidator
 * </value></validated-by></constraint-definition>}).
 *
 * <p><b>Violations.</b> Each SDK {@link Violation} becomes one constraint violation whose property
 * path is the violation's path ({@code lots[1].criteria}, {@code estimatedValue}, the bean itself
 * for an empty path). With Hibernate Validator the message template is the message key,
 * {@code {io.otp.core.rules...}}, resolved in the {@code ContributorValidationMessages} bundles in
 * the validator's locale (English and Spanish), and the violation's arguments are message
 * parameters; the rule id travels twice: as message parameter {@code {ruleId}}, for templates a
 * host writes, and inside the SDK violation carried as Hibernate Validator's dynamic payload, which
 * {@link #violationOf(ConstraintViolation)} returns. With another provider the template is the
 * English message, already rendered and escaped ({@code \{ \} \$ \\}), and the rule id is not
 * available.
 *
 * <p>The default instance uses {@link OtpValidator#standard()}: the SDK's thresholds with those the
 * host adds through {@link ThresholdProvider} services or {@value ThresholdTable#HOST_RESOURCE}
 * resources (so a host's tables reach {@code @Valid} without a factory of its own), and the
 * publication date or else the day, in Europe/Madrid, of the instant given by the Jakarta
 * {@link jakarta.validation.ClockProvider} of the validator factory (the system clock unless the
 * host configures one). A host with its own {@link jakarta.validation.ConstraintValidatorFactory}
 * may build it with another validator, whose own clock then applies.
 *
 * <p><b>Warnings.</b> Only errors are reported as constraint violations: a warning (such as the
 * thresholds of the latest known period applied to a later day) does not make the tender invalid,
 * and Jakarta Bean Validation has no severities. Each distinct warning is logged once at WARN level
 * through SLF4J; {@link OtpValidator#assess(Tender)} returns them all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LegalTenderValidator implements ConstraintValidator<LegalTender, Tender> {

    private static final Logger LOG = LoggerFactory.getLogger(LegalTenderValidator.class);

    /** The most distinct warnings remembered, so that logging each once cannot grow without bound. */
    private static final int MAX_WARNINGS_REMEMBERED = 1_000;

    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final OtpValidator validator;
    private final boolean contextClock;

    /**
     * A validator with {@link OtpValidator#standard()} whose reference date comes from the Jakarta
     * {@link jakarta.validation.ClockProvider}; the constructor {@link java.util.ServiceLoader} and the
     * Jakarta provider use.
     *
     * @throws io.otp.core.ValidationException if a host's threshold table is malformed or two host
     *     tables share a day
     */
    public LegalTenderValidator() {
        this.validator = OtpValidator.standard();
        this.contextClock = true;
    }

    /**
     * A validator applying the given SDK validator (thresholds and clock).
     *
     * @param validator the SDK validator; not null
     */
    public LegalTenderValidator(OtpValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.contextClock = false;
    }

    /**
     * Validates a tender, adding one constraint violation per SDK violation.
     *
     * @param tender the tender; null is valid, as Jakarta Bean Validation requires
     * @param context the context; not null
     * @return true if the tender breaks no rule
     */
    @Override
    public boolean isValid(Tender tender, ConstraintValidatorContext context) {
        if (tender == null) {
            return true;
        }
        List<Violation> all = validator.validate(tender, referenceDate(context));
        List<Violation> violations = new ArrayList<>();
        for (Violation v : all) {
            if (v.isError()) {
                violations.add(v);
            } else {
                logOnce(v);
            }
        }
        if (violations.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (Violation v : violations) {
            addAt(context.buildConstraintViolationWithTemplate(JakartaTemplates.templateFor(context, v)), v.path());
        }
        return false;
    }

    private LocalDate referenceDate(ConstraintValidatorContext context) {
        ClockProvider provider = contextClock ? context.getClockProvider() : null;
        Clock clock = provider == null ? null : provider.getClock();
        return clock == null ? validator.referenceDate() : LocalDate.ofInstant(clock.instant(), OtpValidator.MADRID);
    }

    private static void logOnce(Violation warning) {
        String text = warning.toString();
        if (WARNED.size() < MAX_WARNINGS_REMEMBERED && WARNED.add(text)) {
            LOG.warn("@LegalTender: {}", text);
        }
    }

    /**
     * The SDK violation behind a constraint violation this validator reported, with its rule id,
     * message key and arguments. Available with Hibernate Validator, which carries it as dynamic
     * payload.
     *
     * @param constraintViolation a constraint violation; not null
     * @return the SDK violation; empty for other constraints or other providers; not null
     */
    public static Optional<Violation> violationOf(ConstraintViolation<?> constraintViolation) {
        Objects.requireNonNull(constraintViolation, "constraintViolation");
        return JakartaTemplates.violationOf(constraintViolation);
    }

    /**
     * Adds the constraint violation at a path such as {@code lots[1].criteria}: in the Jakarta node
     * model the index of a container belongs to the node that follows it, and an index at the end
     * belongs to a bean node.
     */
    private static void addAt(ConstraintViolationBuilder builder, String path) {
        List<Segment> segments = Segment.parse(path);
        Cursor cursor = new Cursor(builder::addPropertyNode, builder::addBeanNode, builder::addConstraintViolation);
        Segment container = null;
        for (Segment s : segments) {
            NodeBuilderCustomizableContext node = cursor.property.apply(s.name);
            cursor = container == null || container.key == null ? Cursor.of(node)
                : Cursor.of(container.at(node.inIterable()));
            container = s;
        }
        if (container != null && container.key != null) {
            LeafNodeContextBuilder leaf = cursor.bean.get().inIterable();
            if (container.key instanceof Integer) {
                leaf.atIndex((Integer) container.key).addConstraintViolation();
            } else {
                leaf.atKey(container.key).addConstraintViolation();
            }
        } else {
            cursor.add.run();
        }
    }

    /** One step of a path: a property name and, when it is a container, the index or key that follows. */
    private static final class Segment {
        final String name;
        final Object key;

        private Segment(String name, Object key) {
            this.name = name;
            this.key = key;
        }

        NodeBuilderDefinedContext at(NodeContextBuilder iterable) {
            return key instanceof Integer ? iterable.atIndex((Integer) key) : iterable.atKey(key);
        }

        static List<Segment> parse(String path) {
            List<Segment> out = new ArrayList<>();
            int i = 0;
            while (i < path.length()) {
                int end = i;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String name = path.substring(i, end);
                Object key = null;
                if (end < path.length() && path.charAt(end) == '[') {
                    int close = path.indexOf(']', end);
                    String text = path.substring(end + 1, close < 0 ? path.length() : close);
                    key = text.chars().allMatch(Character::isDigit) && !text.isEmpty() ? Integer.valueOf(text) : text;
                    end = close < 0 ? path.length() : close + 1;
                }
                out.add(new Segment(name, key));
                i = end < path.length() && path.charAt(end) == '.' ? end + 1 : end;
            }
            return out;
        }
    }

    /** The three things every node builder of the Jakarta API can do, whatever its type. */
    private static final class Cursor {
        final Function<String, NodeBuilderCustomizableContext> property;
        final Supplier<LeafNodeBuilderCustomizableContext> bean;
        final Runnable add;

        Cursor(Function<String, NodeBuilderCustomizableContext> property,
               Supplier<LeafNodeBuilderCustomizableContext> bean,
               Runnable add) {
            this.property = property;
            this.bean = bean;
            this.add = add;
        }

        static Cursor of(NodeBuilderCustomizableContext node) {
            return new Cursor(node::addPropertyNode, node::addBeanNode, node::addConstraintViolation);
        }

        static Cursor of(NodeBuilderDefinedContext node) {
            return new Cursor(node::addPropertyNode, node::addBeanNode, node::addConstraintViolation);
        }
    }
}
