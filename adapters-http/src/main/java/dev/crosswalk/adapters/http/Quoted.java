package dev.crosswalk.adapters.http;

/** Puts client input into a message: quoted, shortened, with control characters replaced, so a reply never carries much of a request. */
final class Quoted {

    private static final int LONGEST = 64;

    private Quoted() {
    }

    /** @return {@code 'text'}, cut to {@value #LONGEST} characters with an ellipsis */
    static String of(String text) {
        StringBuilder quoted = new StringBuilder("'");
        int shown = Math.min(text.length(), LONGEST);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            quoted.append(Character.isISOControl(c) ? '?' : c);
        }
        if (text.length() > LONGEST) {
            quoted.append('…');
        }
        return quoted.append('\'').toString();
    }
}
