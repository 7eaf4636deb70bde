package dev.crosswalk.apifixture.v1;

import java.util.List;

/** API fixture, version 1: a class with members of every kind, exported and not. */
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

    public String greetAll(List<String> names) {
        return String.join(" ", names);
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
