package dev.crosswalk.apifixture.v2;

import java.util.List;

/** API fixture, version 2: version 1 with greetAll removed and greetPolitely added. */
public final class Greeter {

    /** The name greeted when none is given. */
    public static final String DEFAULT_NAME = "world";

    int calls;

    public Greeter() {
    }

    public String greet(String name) {
        calls++;
        return "Hello, " + name;
    }

    public String greetPolitely(String name) {
        return "Good day, " + name;
    }

    public <T extends CharSequence> List<T> echo(List<? extends T> words) {
        return List.copyOf(words);
    }

    String internal() {
        return "";
    }

    /** How loud a greeting is. */
    public enum Tone {
        PLAIN, LOUD
    }

    /** Hears about greetings. */
    public interface Listener {
        void greeted(String name);

        default void done() {
        }
    }
}
