package dev.crosswalk.archfixture.testkit.salesforce.http;

/** Architecture fixture: a class inside an emulator's internal package. */
public final class EmulatorInternalCall {

    /** @return a value, so the fixture that reaches in has something to call */
    public String path() {
        return "/";
    }
}
