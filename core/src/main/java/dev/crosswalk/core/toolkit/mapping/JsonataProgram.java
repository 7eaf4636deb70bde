package dev.crosswalk.core.toolkit.mapping;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One JSONata expression of a mapping, parsed once per thread: a parsed {@link Jsonata} is not safe to share between
 * threads, so each thread parses its own copy on first use and every evaluation gets a fresh frame, bounded to
 * {@value #TIMEOUT_MILLIS} ms and a depth of {@value #MAX_DEPTH}. {@code $removeEmptyItems} and {@code $firstNonEmpty}
 * are always bound. Thread-safe.
 */
final class JsonataProgram {

    static final long TIMEOUT_MILLIS = 1000;
    static final int MAX_DEPTH = 200;

    /** Counts evaluations, so tests can prove a compiled path evaluates none. */
    static final LongAdder EVALUATIONS = new LongAdder();

    private final String text;
    private final ScalarLocator locator;
    private final ThreadLocal<Jsonata> perThread;

    private JsonataProgram(String text, ScalarLocator locator, Jsonata parsed) {
        this.text = text;
        this.locator = locator;
        this.perThread = ThreadLocal.withInitial(() -> prepared(Jsonata.jsonata(text)));
        this.perThread.set(prepared(parsed));
    }

    /**
     * Parses {@code text}, reporting a syntax error at its line and column.
     *
     * @param label what the expression is, for the message (e.g. {@code response.name})
     * @return the program, or {@code null} when the text does not parse (the problem is reported)
     */
    static JsonataProgram parse(String text, ScalarLocator locator, String label, Problems problems) {
        java.util.Optional<String> risk = RegexSafety.riskInJsonata(text);
        if (risk.isPresent()) {
            problems.add(locator == null ? Position.startOf("?") : locator.start(), label + ": " + risk.get());
            return null;
        }
        try {
            return new JsonataProgram(text, locator, Jsonata.jsonata(text));
        } catch (JException e) {
            problems.add(locator == null ? Position.startOf("?") : locator.at(e.getLocation() - 1),
                    label + ": JSONata syntax error: " + lowerFirst(messageOf(e)).replace('"', '\''));
            return null;
        } catch (RuntimeException e) {
            problems.add(locator == null ? Position.startOf("?") : locator.start(),
                    label + ": JSONata syntax error: " + e.getMessage());
            return null;
        }
    }

    private static Jsonata prepared(Jsonata parsed) {
        parsed.setValidateInput(false);
        MappingFunctions.register(parsed);
        return parsed;
    }

    /** @return the expression text */
    String text() {
        return text;
    }

    /** @return where the expression starts in its source */
    Position position() {
        return locator.start();
    }

    /** @return where the character at {@code index} of the expression is written */
    Position positionAt(int index) {
        return locator.at(index);
    }

    /**
     * @param input the context ({@code $}); JSON-like values only
     * @param functions further functions bound for this evaluation only, by name without {@code $}
     * @return the result with JSONata's markers removed ({@link JsonValues#plain}); {@code null} for undefined
     * @throws Failure when the expression fails at run time or exceeds its bounds
     */
    Object evaluate(Object input, Map<String, Jsonata.JFunction> functions) {
        EVALUATIONS.increment();
        long bound;
        try {
            bound = EvaluationBudget.millisForNextEvaluation(TIMEOUT_MILLIS);
        } catch (EvaluationBudget.Spent spent) {
            throw new Failure(this, spent.getMessage(), spent);
        }
        Jsonata expression = perThread.get();
        Jsonata.Frame frame = expression.createFrame();
        frame.setRuntimeBounds(bound, MAX_DEPTH);
        functions.forEach(frame::bind);
        try {
            return JsonValues.plain(expression.evaluate(input, frame));
        } catch (JException e) {
            ProbeLog.LookupFailed.in(e).ifPresent(lookup -> {
                throw lookup;
            });
            throw new Failure(this, e);
        } catch (RuntimeException e) {
            ProbeLog.LookupFailed.in(e).ifPresent(lookup -> {
                throw lookup;
            });
            invalidFilterValueIn(e).ifPresent(refused -> {
                throw refused;
            });
            // JSONata's functions also throw plain Java exceptions (a date that does not parse, a cast that fails)
            JException wrapped = e.getCause() instanceof JException cause ? cause : null;
            throw wrapped != null ? new Failure(this, wrapped)
                    : new Failure(this, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A client's filter value refused by a function: the client's mistake, passed on as it is. */
    private static java.util.Optional<InvalidFilterValueException> invalidFilterValueIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFilterValueException refused) {
                return java.util.Optional.of(refused);
            }
        }
        return java.util.Optional.empty();
    }

    static String messageOf(JException e) {
        String message = e.getMessage() == null ? e.getError() : e.getMessage();
        return message.startsWith("JSonataException ") ? message.substring("JSonataException ".length()) : message;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** A JSONata expression failed at run time; says what JSONata said and where the expression is written. */
    static final class Failure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Failure(JsonataProgram program, JException cause) {
            super("JSONata error" + codeOf(cause) + ": " + messageOf(cause) + " (expression at "
                    + (cause.getLocation() > 0 ? program.positionAt(cause.getLocation() - 1) : program.position())
                    + ")", cause);
        }

        Failure(JsonataProgram program, String message, Throwable cause) {
            super("JSONata error: " + message + " (expression at " + program.position() + ")", cause);
        }

        private static String codeOf(JException e) {
            String code = e.getError();
            return code != null && code.length() == 5 && !code.contains(" ") ? " " + code : "";
        }
    }
}
