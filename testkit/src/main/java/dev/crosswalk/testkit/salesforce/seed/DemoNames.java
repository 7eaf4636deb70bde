package dev.crosswalk.testkit.salesforce.seed;

/** Word lists for generated demo data. */
final class DemoNames {

    static final String[] FIRST_NAMES = {"Ada", "Alan", "Grace", "Linus", "Margaret", "Dennis", "Barbara", "Ken", "Frances",
        "John", "Radia", "Tim", "Hedy", "Edsger", "Katherine", "Donald", "Sophie", "Niklaus", "Joan", "Guido", "Anita",
        "Bjarne", "Shafi", "James", "Leslie", "Karen", "Whitfield", "Carol", "Vint", "Mary"};
    static final String[] LAST_NAMES = {"Lovelace", "Turing", "Hopper", "Torvalds", "Hamilton", "Ritchie", "Liskov", "Thompson",
        "Allen", "Backus", "Perlman", "Berners-Lee", "Lamarr", "Dijkstra", "Johnson", "Knuth", "Wilson", "Wirth", "Clarke",
        "van Rossum", "Borg", "Stroustrup", "Goldwasser", "Gosling", "Lamport", "Jones", "Diffie", "Shaw", "Cerf", "Keller"};
    static final String[] TITLES = {"CEO", "CTO", "VP Sales", "Head of Operations", "Procurement Manager", "Engineer",
        "Marketing Director", "Account Executive", "Office Manager", "CFO"};
    static final String[] COMPANY_WORDS = {"Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Wonka", "Tyrell",
        "Cyberdyne", "Soylent", "Hooli", "Vandelay", "Massive", "Pied Piper", "Aperture", "Black Mesa", "Oscorp", "Gringotts"};
    static final String[] COMPANY_KINDS = {"Industries", "Systems", "Labs", "Holdings", "Logistics", "Foods", "Energy",
        "Robotics", "Partners", "Media"};
    static final String[] CITIES = {"San Francisco", "Berlin", "London", "Paris", "Tokyo", "Toronto", "Sydney", "Austin",
        "Dublin", "Singapore"};
    static final String[] COUNTRIES = {"United States", "Germany", "United Kingdom", "France", "Japan", "Canada", "Australia",
        "United States", "Ireland", "Singapore"};

    /** E-mail local-part spellings of the name lists: lower case, spaces as dashes. */
    static final String[] FIRST_SLUGS = slugs(FIRST_NAMES);
    static final String[] LAST_SLUGS = slugs(LAST_NAMES);
    static final String[] COMPANY_SLUGS = slugs(COMPANY_WORDS);

    private DemoNames() {
    }

    private static String[] slugs(String[] words) {
        String[] slugs = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            slugs[i] = words[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        }
        return slugs;
    }
}
