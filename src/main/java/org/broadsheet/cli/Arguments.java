package org.broadsheet.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments split into options ({@code --name value} or {@code --name=value}) and positional
 * arguments. An option's value is always the next argument, so {@code --query -sport} searches for
 * {@code -sport}; {@code --} ends the options.
 */
final class Arguments {

    private final Map<String, String> options;
    private final List<String> positionals;

    private Arguments(Map<String, String> options, List<String> positionals) {
        this.options = options;
        this.positionals = positionals;
    }

    /**
     * @param allowed the option names this command takes, without {@code --}
     * @throws UsageException for an unknown, repeated or valueless option
     */
    static Arguments parse(List<String> args, Set<String> allowed) throws UsageException {
        Map<String, String> options = new LinkedHashMap<>();
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
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageException("--" + name + " is given more than once");
            }
        }
        return new Arguments(options, positionals);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    List<String> positionals() {
        return positionals;
    }
}
