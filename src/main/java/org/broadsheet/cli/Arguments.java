package org.broadsheet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments split into options ({@code --name value} or {@code --name=value}), flags
 * ({@code --star}) and positional arguments. An option's value is always the next argument, so
 * {@code --query -sport} searches for {@code -sport}; {@code --} ends the options.
 */
final class Arguments {

    private final Map<String, List<String>> options;
    private final Set<String> flags;
    private final List<String> positionals;

    private Arguments(Map<String, List<String>> options, Set<String> flags, List<String> positionals) {
        this.options = options;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * @param allowed the option names this command takes, without {@code --}
     * @throws UsageException for an unknown, repeated or valueless option
     */
    static Arguments parse(List<String> args, Set<String> allowed) throws UsageException {
        return parse(args, allowed, Set.of(), Set.of());
    }

    /**
     * @param allowed    the names of the options this command takes, each with a value, without {@code --}
     * @param flagNames  the names of its flags, which take no value
     * @param repeatable the options that may be given more than once, as in {@code --tag a --tag b}
     * @throws UsageException for an unknown, wrongly repeated or valueless option, or a flag given a value
     */
    static Arguments parse(List<String> args, Set<String> allowed, Set<String> flagNames, Set<String> repeatable)
            throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (flagNames.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                flags.add(name);
                continue;
            }
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            List<String> values = options.computeIfAbsent(name, key -> new ArrayList<>());
            if (!values.isEmpty() && !repeatable.contains(name)) {
                throw new UsageException("--" + name + " is given more than once");
            }
            values.add(value);
        }
        return new Arguments(options, flags, positionals);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).map(values -> values.get(0));
    }

    /** Every value of a repeatable option, in the order given. */
    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    List<String> positionals() {
        return positionals;
    }
}
