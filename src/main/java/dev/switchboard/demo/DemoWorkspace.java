package dev.switchboard.demo;

import dev.switchboard.accounts.Role;
import dev.switchboard.accounts.SignUp;
import dev.switchboard.accounts.User;
import dev.switchboard.accounts.Users;
import dev.switchboard.channels.Channel;
import dev.switchboard.channels.ChannelType;
import dev.switchboard.channels.Channels;
import dev.switchboard.common.Conflict;
import dev.switchboard.common.Ids;
import dev.switchboard.funnel.Stages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo workspace, a flower shop with a team at work: made on the first start (while
 * {@code switchboard.demo.enabled}), in one transaction, the same every time.
 */
@Component
@ConditionalOnProperty(name = "switchboard.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoWorkspace {

    static final String EMAIL = "demo@switchboard.local";
    static final String PASSWORD = "switchboard";

    private static final Logger log = LoggerFactory.getLogger(DemoWorkspace.class);
    private static final long SEED = 20_250_308L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final List<String[]> OPERATORS = List.of(
            new String[] {"Анна Петрова", "anna@switchboard.local"},
            new String[] {"Игорь Соколов", "igor@switchboard.local"},
            new String[] {"Мария Иванова", "maria@switchboard.local"},
            new String[] {"Дмитрий Козлов", "dmitry@switchboard.local"});
    private static final Map<String, String> TAGS = tags("VIP", "#e11d48", "Опт", "#7c3aed", "Доставка", "#0891b2",
            "Свадьба", "#db2777", "Корпоратив", "#2563eb", "Возврат", "#ea580c", "Срочно", "#dc2626",
            "Постоянный", "#16a34a");

    private final SignUp signUp;
    private final Users users;
    private final Channels channels;
    private final Stages stages;
    private final DemoRows rows;
    private final TransactionTemplate transaction;
    private final String publicUrl;

    DemoWorkspace(SignUp signUp, Users users, Channels channels, Stages stages, DemoRows rows,
            PlatformTransactionManager transactions, @Value("${switchboard.public-url}") String publicUrl) {
        this.signUp = signUp;
        this.users = users;
        this.channels = channels;
        this.stages = stages;
        this.rows = rows;
        this.transaction = new TransactionTemplate(transactions);
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!users.emailTaken(EMAIL)) {
            try {
                long started = System.nanoTime();
                DemoChats.Plan plan = transaction.execute(status -> seed());
                log.info("Demo workspace seeded in {} ms: {} clients, {} chats, {} messages",
                        (System.nanoTime() - started) / 1_000_000, plan.clients().size(), plan.chats().size(),
                        plan.chats().stream().mapToInt(c -> c.messages.size()).sum());
            } catch (DataIntegrityViolationException e) {
                log.info("Demo workspace was made by another instance meanwhile");
            } catch (Conflict e) {
                log.warn("Demo workspace not made: one of its e-mails is taken ({})", e.getMessage());
                return;
            } catch (RuntimeException e) {
                log.error("Demo workspace could not be made; the application runs without it", e);
                return;
            }
        }
        log.info("Demo workspace ready — open {} and sign in as {} / {} (or as the operator {} / {});"
                + " write to the shop as a visitor at {}/demo", publicUrl, EMAIL, PASSWORD, OPERATORS.getFirst()[1],
                PASSWORD, publicUrl);
    }

    /** {title, shortcut, text} */
    private static final List<String[]> TEMPLATES = List.of(
            new String[] {"Приветствие", "hi", "Здравствуйте, {client.firstName}! Меня зовут {operator.firstName},"
                    + " я помогу с заказом в «Фиалке». Чем могу помочь?"},
            new String[] {"Доставка", "delivery", "Доставляем по Москве каждый день с 9:00 до 22:00. По городу —"
                    + " 390 ₽, при заказе от 5 000 ₽ бесплатно. Привезём в удобный вам двухчасовой интервал."},
            new String[] {"Оплата", "pay", "Оплатить можно картой на сайте, по ссылке из сообщения или курьеру"
                    + " при получении. Ссылку на оплату пришлю сразу после подтверждения заказа."},
            new String[] {"Спасибо за заказ", "thanks", "{client.firstName}, спасибо за заказ! Мы сообщим, когда"
                    + " курьер выедет. Хорошего дня!"},
            new String[] {"Фото букета перед отправкой", "photo", "Перед отправкой пришлём фото готового букета —"
                    + " если что-то захочется поменять, успеем."});
    private static final List<String[]> PERSONAL_TEMPLATES = List.<String[]>of(
            new String[] {"Мой телефон", "tel", "Если удобнее голосом — звоните мне: +7 495 123-45-67, доб. 12."});

    private DemoChats.Plan seed() {
        UUID ws = signUp.open("Цветочная лавка «Фиалка»", "Ольга Смирнова", EMAIL, PASSWORD, "RU",
                ZONE.getId(), "ru").workspace().id();
        List<User> operators = OPERATORS.stream()
                .map(o -> signUp.addUser(ws, o[0], o[1], PASSWORD, Role.operator, false)).toList();
        signUp.addUser(ws, "Елена Васильева", "elena@switchboard.local", PASSWORD, Role.admin, false);
        Map<ChannelType, Channel> connected = connect(ws);
        rows.giveChannels(ws, operators, connected.values());
        Map<String, UUID> tagIds = new LinkedHashMap<>();
        TAGS.keySet().forEach(name -> tagIds.put(name, Ids.next()));
        rows.tags(ws, tagIds, TAGS);
        rows.templates(ws, TEMPLATES, operators.getFirst(), PERSONAL_TEMPLATES);
        DemoTeam team = new DemoTeam(ws, operators, connected, stages.list(ws), tagIds, ZONE);
        DemoChats.Plan plan = new DemoChats(team, new DemoRandom(SEED), Instant.now()).plan();
        rows.clients(ws, plan);
        rows.chats(ws, plan.chats());
        rows.messages(ws, plan.chats());
        rows.tasks(ws, plan.chats());
        rows.analytics(ws);
        return plan;
    }

    /** The shop's channels; in demo status they talk to no platform and every answer is delivered. */
    private Map<ChannelType, Channel> connect(UUID ws) {
        Map<ChannelType, Channel> connected = new EnumMap<>(ChannelType.class);
        add(connected, ws, ChannelType.telegram, "Telegram-бот @fialka_shop_bot",
                Map.of("botId", "7012345678", "botUsername", "fialka_shop_bot"));
        add(connected, ws, ChannelType.whatsapp, "WhatsApp +7 495 123-45-67",
                Map.of("phoneNumber", "+74951234567", "phoneNumberId", "109876543210987"));
        add(connected, ws, ChannelType.vk, "ВКонтакте: Фиалка",
                Map.of("groupId", "218765432", "groupName", "Фиалка — цветы с доставкой"));
        add(connected, ws, ChannelType.instagram, "Instagram @fialka.flowers",
                Map.of("username", "fialka.flowers", "pageId", "102345678901234"));
        add(connected, ws, ChannelType.email, "E-mail zakaz@fialka.ru",
                Map.of("address", "zakaz@fialka.ru", "imapHost", "imap.fialka.ru", "smtpHost", "smtp.fialka.ru"));
        add(connected, ws, ChannelType.widget, "Чат на сайте",
                Map.of("title", "Фиалка — цветы с доставкой", "greeting", "Здравствуйте! Поможем выбрать букет 🌷",
                        "color", "#7c3aed", "askName", false, "askPhone", false, "allowedOrigins", List.of()));
        return connected;
    }

    private void add(Map<ChannelType, Channel> connected, UUID ws, ChannelType type, String name,
            Map<String, Object> settings) {
        Channel channel = new Channel(ws, Ids.next(), type, name, Channel.DEMO, new HashMap<>(settings),
                UUID.randomUUID().toString().replace("-", ""));
        channels.register(channel);
        connected.put(type, channel);
    }

    private static Map<String, String> tags(String... nameColourPairs) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < nameColourPairs.length; i += 2) {
            tags.put(nameColourPairs[i], nameColourPairs[i + 1]);
        }
        return tags;
    }
}
