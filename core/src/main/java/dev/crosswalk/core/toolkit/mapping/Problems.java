package dev.crosswalk.core.toolkit.mapping;

import java.util.ArrayList;
import java.util.List;

/** Problems found in one document or mapping, in the order found. Not thread-safe. */
final class Problems {

    private final List<Position> positions = new ArrayList<>();
    private final List<String> reasons = new ArrayList<>();

    void add(Position position, String reason) {
        positions.add(position);
        reasons.add(reason);
    }

    boolean isEmpty() {
        return reasons.isEmpty();
    }

    /** @return every problem as {@code source:line:column: reason}, without repeats */
    List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            String message = positions.get(i).describe(reasons.get(i));
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
        return List.copyOf(messages);
    }

    /** @throws MappingException for the first problem, if there is one */
    void throwFirst() {
        if (!reasons.isEmpty()) {
            throw positions.get(0).error(reasons.get(0));
        }
    }
}
