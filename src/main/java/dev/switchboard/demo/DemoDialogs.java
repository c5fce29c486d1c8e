package dev.switchboard.demo;

import dev.switchboard.funnel.StageGroup;
import java.util.Arrays;
import java.util.List;

/**
 * The scripted dialogs of the flower shop. A line starts with "&gt;" (the client), "&lt;" (an
 * operator) or "#" (an internal note); "|" separates variants of a line; "[she/he]" gives
 * the speaker's word by gender; {name}, {op}, {price} and {order} are filled in per chat.
 */
final class DemoDialogs {

    enum Kind { DIRECT, EMAIL, COMMENT, ENGLISH }

    /** One dialog: how it ends when archived, what it is tagged with, what it costs. */
    record Dialog(String key, Kind kind, StageGroup outcome, List<String> tags, int priceMin, int priceMax,
            List<String> lines) {

        boolean priced() {
            return priceMax > 0;
        }
    }

    static final List<String> NUDGES = List.of("Здравствуйте?", "Подскажите, пожалуйста", "Вы тут?",
            "Актуально ещё?", "Жду ответа 🙏", "Алло");
    static final List<String> NUDGES_EN = List.of("Hello?", "Anyone there?", "Please let me know");
    static final List<String> RETURNS = List.of("Здравствуйте! Снова к вам 🙂 Нужен букет, как в прошлый раз",
            "Добрый день! Хочу повторить заказ", "Привет! Можно такой же букет на пятницу?",
            "Здравствуйте, это снова я. Есть пионы?");

    static final List<Dialog> ALL = List.of(
            dialog("birthday", Kind.DIRECT, StageGroup.success, 3_500, 9_000, tags("Доставка"),
                    "> Здравствуйте! Хочу заказать букет на день рождения маме | Добрый день! Нужен букет на юбилей коллеге",
                    "> Есть что-нибудь в нежных тонах? Бюджет примерно {price}",
                    "< Здравствуйте, {name}! Меня зовут {op}, с радостью поможем 🌸 Могу предложить кустовые пионовидные розы с эвкалиптом — как раз пастельная гамма",
                    "> Очень красиво! А доставка на завтра к 10 утра возможна?",
                    "< Да, доставим завтра с 9:00 до 11:00, по Москве в пределах МКАД бесплатно. Подскажите адрес и имя получателя?",
                    "> Москва, ул. Профсоюзная, 56, кв. 12. Получатель — Галина Николаевна",
                    "# Адрес проверила, утренний рейс, курьер Сергей",
                    "< [Записала/Записал]! Итого {price}. Отправляю ссылку на оплату 👇",
                    "> [Оплатила/Оплатил]",
                    "< Спасибо, оплата получена! Заказ №{order} передан флористу, пришлём фото букета перед отправкой 💐",
                    "> Спасибо большое!",
                    "< Хорошего праздника! 🌷"),
            dialog("wedding", Kind.DIRECT, StageGroup.success, 12_000, 28_000, tags("Свадьба"),
                    "> Добрый день! [Выходим замуж/Женимся] 14 сентября, нужен букет невесты и бутоньерка для жениха",
                    "< Добрый день, {name}! Поздравляем 🤍 Какие цветы и цвета вам нравятся? Есть фото платья или референсы?",
                    "> Платье айвори, хочется что-то воздушное — пионы, ранункулюсы, немного зелени",
                    "> Вот референс из Pinterest",
                    "< Прекрасный выбор! Букет невесты с бутоньеркой выйдет примерно в {price}",
                    "> А можно ещё дубль букета для броска?",
                    "< Конечно, дубль — 2 500 ₽. Приглашаю на консультацию в студию: покажем живые цветы и ленты",
                    "# Свадьба 14.09, предоплата 50%, флорист — Катя",
                    "> Давайте в субботу в 12:00",
                    "< [Записала/Записал] вас на субботу, 12:00. Студия: Малая Бронная, 15. До встречи! 🌿",
                    "> Спасибо!",
                    "< Будем ждать 🤍"),
            dialog("corporate", Kind.EMAIL, StageGroup.success, 28_000, 45_000, tags("Корпоратив", "Опт"),
                    "> Здравствуйте. Хотим поздравить сотрудниц с 8 Марта — нужно 35 небольших букетов. Оплата по счёту от юрлица",
                    "< Здравствуйте, {name}! Да, работаем с юрлицами, закрывающие документы предоставим. Предлагаю мини-букеты из тюльпанов в крафте, от 30 штук скидка 10%",
                    "> Отлично. Доставка в офис 7 марта к 9:00 получится? Пресненская наб., 12",
                    "< Получится. Итого со скидкой — {price}, доставка в подарок. Пришлите, пожалуйста, реквизиты для счёта",
                    "> Реквизиты во вложении, ИНН 7701234567",
                    "# Счёт выставлен, ждём оплату до 5 марта",
                    "< Счёт отправили. Как только придёт оплата — подтвердим заказ",
                    "> Оплатили, платёжка у бухгалтерии",
                    "< Оплата поступила, спасибо! 7 марта в 8:30 курьер будет у вас 🌷",
                    "> Девушки в восторге, спасибо!",
                    "< Очень рады! Обращайтесь 💐"),
            dialog("courier-late", Kind.DIRECT, StageGroup.success, 4_000, 8_500, tags("Доставка", "Срочно"),
                    "> Добрый вечер, я [заказывала/заказывал] букет на 18:00, курьера до сих пор нет 😟",
                    "> Заказ №{order}",
                    "< {name}, добрый вечер! Сейчас уточню у курьера, одну минуту",
                    "# Курьер стоит на ТТК, будет через 20 минут",
                    "< Курьер попал в пробку, будет у получателя в течение 20 минут. Простите нас! Дарим скидку 15% на следующий заказ",
                    "> Хорошо, жду",
                    "> Всё, доставили. Букет очень понравился!",
                    "< Спасибо, что дождались! Промокод FIALKA15 действует месяц 🌸"),
            dialog("wilted", Kind.DIRECT, StageGroup.failure, 3_000, 7_000, tags("Возврат"),
                    "> Здравствуйте. Вчера [купила/купил] у вас букет роз, сегодня половина уже поникла",
                    "> Фото прикладываю",
                    "< Здравствуйте, {name}! Очень жаль, такого быть не должно. Подскажите номер заказа?",
                    "> Заказ №{order}",
                    "# Партия роз от 12-го — проверить у поставщика",
                    "< Спасибо. Можем бесплатно заменить букет сегодня или вернуть деньги — как вам удобнее?",
                    "> Верните деньги, пожалуйста",
                    "< Оформили возврат {price} на карту, деньги придут в течение 3–5 рабочих дней. Ещё раз простите",
                    "> Хорошо, спасибо",
                    "< Будем рады видеть вас снова 🌷"),
            dialog("too-expensive", Kind.DIRECT, StageGroup.failure, 9_500, 15_000, tags(),
                    "> Сколько стоит букет из 51 розы? | Здравствуйте, почём 51 роза?",
                    "< Здравствуйте, {name}! 51 роза 60 см — {price}, есть красные, белые и пудровые",
                    "> Дороговато. А 25 роз?",
                    "< 25 роз — от 4 900 ₽. Ещё могу предложить кустовые розы: смотрится пышно, а выходит дешевле",
                    "> Спасибо, подумаю",
                    "< Конечно! Если решите — пишите, соберём за 2 часа 🌹"),
            dialog("subscription", Kind.EMAIL, StageGroup.success, 16_000, 32_000, tags("Корпоратив", "Постоянный"),
                    "> Добрый день! Нам нужны свежие цветы на ресепшен каждый понедельник. Вы делаете подписку?",
                    "< Добрый день, {name}! Да: композиция раз в неделю, цветы меняем по сезону. Какого размера стойка?",
                    "> Около 2 метров, хочется заметную композицию в высокой вазе",
                    "< Тогда рекомендую большую композицию — {price} в месяц за 4 доставки, ваза наша, бесплатно",
                    "> Подходит. Начнём со следующего понедельника",
                    "# Подписка: каждый пн до 9:00, на ресепшене — Алина",
                    "< Договорились! Договор [отправила/отправил] на почту. Первая доставка — в понедельник до 9:00",
                    "> Договор подписали",
                    "< Спасибо! Добро пожаловать в «Фиалку» 🌿"),
            dialog("post-comment", Kind.COMMENT, StageGroup.success, 2_500, 6_500, tags(),
                    "> Сколько стоит такой? | Цена? | Хочу такой! Как заказать? | А доставка в Химки есть?",
                    "< {name}, здравствуйте! Этот букет — {price}, соберём за 2 часа. Написали вам в личные сообщения 🌸",
                    "> А можно без хризантем?",
                    "< Да, заменим на кустовые розы, цена та же",
                    "> Супер, спасибо!",
                    "< Ждём ваш заказ 💐"),
            dialog("hotel", Kind.ENGLISH, StageGroup.success, 6_000, 12_000, tags("Доставка"),
                    "> Hi! Do you deliver to hotels? I'd like to surprise my [mother/wife]",
                    "< Hello {name}! Yes, we deliver to any hotel in Moscow. What flowers does she like?",
                    "> She loves white roses. Something elegant, around {price}",
                    "< Lovely. We can make 35 white roses with eucalyptus in a hatbox. Where and when should we deliver?",
                    "> Hotel Metropol, tomorrow at 7 pm, room 412. Name: Sarah Collins",
                    "# Metropol reception takes flowers until 22:00 — call ahead",
                    "< Perfect, noted! Here is the payment link. We'll send you a photo before delivery",
                    "> Paid. Thank you!",
                    "< Thank you! Delivered by 7 pm tomorrow 🌹"),
            dialog("seo-spam", Kind.DIRECT, StageGroup.not_lead, 0, 0, tags(),
                    "> Здравствуйте! Выведем ваш магазин в топ Яндекса за 2 недели. Гарантия результата!",
                    "> Первый месяц — скидка 50%",
                    "< Спасибо, нам не интересно"),
            dialog("wrong-number", Kind.DIRECT, StageGroup.not_lead, 0, 0, tags(),
                    "> Добрый день, это аптека на Тверской?",
                    "< Здравствуйте! Нет, это цветочный магазин «Фиалка» 🙂",
                    "> Ой, извините, [ошиблась/ошибся]",
                    "< Ничего страшного! Если понадобятся цветы — пишите 🌷"),
            dialog("hatbox", Kind.DIRECT, StageGroup.success, 4_200, 7_800, tags(),
                    "> Здравствуйте! Есть композиции в шляпной коробке в наличии? Хочу забрать сегодня [сама/сам]",
                    "< Здравствуйте, {name}! Да, сейчас в наличии три. Отправляю фото 👇",
                    "> Вторую, с персиковыми розами. Сколько стоит?",
                    "< Она {price}. Отложу для вас — во сколько подойдёте?",
                    "> Часам к семи",
                    "< Ждём вас до 21:00: ул. Покровка, 31. Оплата на месте картой или наличными",
                    "> [Забрала/Забрал], очень красиво! Спасибо",
                    "< Спасибо, что выбрали «Фиалку»! 🌸"),
            dialog("piter", Kind.ENGLISH, StageGroup.failure, 0, 0, tags(),
                    "> Hello, do you deliver to Saint Petersburg?",
                    "< Hi {name}! Unfortunately we deliver only within Moscow and the Moscow region",
                    "> Oh, that's a pity. Could you recommend anyone there?",
                    "< We don't have partners there yet, sorry. If you ever need flowers in Moscow — we're here 🌷"));

    private DemoDialogs() {
    }

    static List<Dialog> of(Kind kind, StageGroup outcome) {
        return ALL.stream().filter(d -> d.kind() == kind && d.outcome() == outcome).toList();
    }

    private static Dialog dialog(String key, Kind kind, StageGroup outcome, int priceMin, int priceMax,
            List<String> tags, String... lines) {
        return new Dialog(key, kind, outcome, tags, priceMin, priceMax, Arrays.asList(lines));
    }

    private static List<String> tags(String... names) {
        return List.of(names);
    }
}
