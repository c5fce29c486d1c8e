package dev.switchboard.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Names of the demo's clients: mostly Russian, some Latin, with what people make of them online. */
final class DemoPeople {

    /** A person: the name their card shows, the name operators call them by, and a Latin slug of it. */
    record Person(String name, String firstName, boolean woman, boolean latin, String firstSlug, String lastSlug) {
    }

    private static final List<String> WOMEN = List.of("Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна",
            "Ирина", "Екатерина", "Светлана", "Юлия", "Анастасия", "Дарья", "Ксения", "Алина", "Виктория", "Полина",
            "Марина", "Валерия", "Евгения", "Алёна", "Кристина", "Вера", "Софья", "Людмила", "Галина", "Надежда",
            "Ульяна", "Арина", "Елизавета", "Вероника", "Маргарита", "Оксана");
    private static final List<String> MEN = List.of("Александр", "Дмитрий", "Сергей", "Андрей", "Алексей",
            "Максим", "Иван", "Михаил", "Артём", "Николай", "Владимир", "Павел", "Роман", "Егор", "Кирилл", "Денис",
            "Евгений", "Константин", "Тимур", "Олег", "Илья", "Никита", "Георгий", "Антон", "Виктор");
    private static final List<String> SURNAMES = List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев",
            "Петров", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров",
            "Павлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев",
            "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
            "Александров", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин",
            "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов",
            "Комаров", "Давыдов", "Беляев", "Богданов", "Осипов", "Сидоров", "Титов", "Марков", "Миронов",
            "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов", "Тихонов", "Данилов", "Фомин",
            "Чернов", "Абрамов", "Ефимов", "Назаров", "Калинин", "Быков", "Маслов", "Лазарев", "Воронин",
            "Голубев", "Кудрявцев", "Наумов", "Соболев", "Гончаров", "Котов", "Громов", "Румянцев", "Галкин",
            "Вишневский", "Покровский", "Белоусов", "Нестеров", "Симонов", "Шевченко", "Ткаченко", "Мельник");
    private static final List<String> LATIN_WOMEN = List.of("Emily", "Sophie", "Anna", "Kate", "Olivia", "Laura",
            "Chloe", "Julia", "Nina", "Eva", "Sarah");
    private static final List<String> LATIN_MEN = List.of("James", "Lucas", "Michael", "Daniel", "Tom", "Mark",
            "Alex", "David", "Max");
    private static final List<String> LATIN_LAST = List.of("Clark", "Wilson", "Martin", "Weber", "Schmidt",
            "Brown", "Evans", "Rossi", "Kim", "Dubois", "Becker", "Miller", "Ivanov", "Petrov", "Smirnov",
            "Novak", "Garcia", "Taylor", "Fischer", "Orlov");
    /** Mobile codes of the big Russian operators, so numbers look like real ones. */
    private static final List<Integer> MOBILE_CODES = List.of(903, 905, 906, 909, 910, 911, 912, 915, 916, 917,
            919, 921, 925, 926, 929, 931, 937, 950, 951, 952, 953, 958, 960, 961, 962, 963, 964, 965, 967, 968,
            977, 980, 981, 985, 987, 988, 989, 991, 993, 995, 996, 999);

    private static final String[] CYRILLIC = {"а", "б", "в", "г", "д", "е", "ё", "ж", "з", "и", "й", "к", "л", "м",
            "н", "о", "п", "р", "с", "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "ъ", "ы", "ь", "э", "ю", "я"};
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
            "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    private final Random random;
    private final Set<String> taken = new HashSet<>();

    DemoPeople(Random random) {
        this.random = random;
    }

    /** Someone new: about one in seven has a Latin name; a quarter sign with their first name only. */
    Person next() {
        boolean woman = random.nextInt(100) < 68;
        if (random.nextInt(100) < 15) {
            String first = pick(woman ? LATIN_WOMEN : LATIN_MEN);
            String last = pick(LATIN_LAST);
            last = woman && last.endsWith("ov") ? last + "a" : last;
            return new Person(first + " " + last, first, woman, true, slug(first), slug(last));
        }
        String first = pick(woman ? WOMEN : MEN);
        String last = pick(SURNAMES);
        if (woman) {
            last = last.endsWith("ий") ? last.substring(0, last.length() - 2) + "ая"
                    : last.matches(".*(ов|ев|ёв|ин)$") ? last + "а" : last;
        }
        String name = random.nextInt(100) < 25 ? first : first + " " + last;
        return new Person(name, first, woman, false, slug(first), slug(last));
    }

    /** A username nobody else in the demo has, made the way people make them. */
    String username(Person p, String separator) {
        String base = switch (random.nextInt(5)) {
            case 0 -> p.firstSlug() + separator + p.lastSlug();
            case 1 -> p.firstSlug().charAt(0) + separator + p.lastSlug();
            case 2 -> p.firstSlug() + separator + p.lastSlug().charAt(0);
            case 3 -> p.lastSlug() + separator + p.firstSlug();
            default -> p.firstSlug() + (1975 + random.nextInt(30));
        };
        return unique(base);
    }

    String email(Person p) {
        String domain = pick(List.of("mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "ya.ru"));
        String local = random.nextBoolean() ? p.firstSlug() + "." + p.lastSlug()
                : p.lastSlug() + "." + p.firstSlug().charAt(0) + (random.nextBoolean() ? "" : random.nextInt(99));
        return unique(local) + "@" + domain;
    }

    /** A Russian mobile number in E.164. */
    String phone() {
        String phone;
        do {
            phone = "+7" + pick(MOBILE_CODES) + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        } while (!taken.add(phone));
        return phone;
    }

    private String unique(String base) {
        String candidate = base;
        while (!taken.add(candidate)) {
            candidate = base + random.nextInt(100);
        }
        return candidate;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String slug(String word) {
        StringBuilder out = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = c >= 'а' && c <= 'я' || c == 'ё' ? index(String.valueOf(c)) : -1;
            out.append(i >= 0 ? LATIN[i] : Character.isLetterOrDigit(c) ? String.valueOf(c) : "");
        }
        return out.toString();
    }

    private static int index(String letter) {
        for (int i = 0; i < CYRILLIC.length; i++) {
            if (CYRILLIC[i].equals(letter)) {
                return i;
            }
        }
        return -1;
    }
}
