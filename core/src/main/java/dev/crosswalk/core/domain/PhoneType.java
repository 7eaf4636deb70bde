package dev.crosswalk.core.domain;

/** The kind of a phone line, as the unified model names it. */
public enum PhoneType {
    WORK,
    MOBILE,
    HOME,
    FAX,
    OTHER
}
