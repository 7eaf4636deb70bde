package dev.crosswalk.testkit.junit;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs an emulator for a test class (extension on a static field, or {@code @ExtendWith}) or for each test (on an
 * instance field), and injects it and its credentials into test parameters. The emulator is started on first need
 * and closed when its scope ends.
 *
 * @param <E> the emulator type
 */
abstract class EmulatorExtension<E extends AutoCloseable>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final Supplier<E> starter;
    private final Map<Class<?>, Function<E, Object>> parameters;
    private final String name;
    private volatile E emulator;
    private boolean perClass;

    /**
     * @param starter    starts a configured emulator
     * @param parameters the parameter types it injects, each with how to get it from the running emulator
     * @param name       the provider's name, for messages
     */
    EmulatorExtension(Supplier<E> starter, Map<Class<?>, Function<E, Object>> parameters, String name) {
        this.starter = starter;
        this.parameters = parameters;
        this.name = name;
    }

    /**
     * The running emulator.
     *
     * @throws IllegalStateException outside a test's lifecycle
     */
    public E emulator() {
        E running = emulator;
        if (running == null) {
            throw new IllegalStateException("the " + name + " emulator runs only while tests of the registering class run");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        emulator = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (emulator == null) {
            emulator = starter.get();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameters.containsKey(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (emulator == null) {
            emulator = starter.get();
        }
        return parameters.get(parameter.getParameter().getType()).apply(emulator);
    }

    private void stop() throws Exception {
        E running = emulator;
        emulator = null;
        if (running != null) {
            running.close();
        }
    }
}
