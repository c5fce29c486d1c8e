-- The chat-list benchmark's data: one workspace with, at scale 1.0, 1,000,000 chats,
-- ~10,000,000 messages, 300,000 clients, 50 users, 12 channels and 40 tags.
--
-- bench/run executes this file; nothing else needs to. It signs the workspace up through
-- the API first (so the owner, the token and the default funnel are the app's own), then
-- runs the steps below, each marked by a "-- step:" line, in ONE transaction: an
-- interrupted run leaves nothing half-made, and the next run simply starts again.
-- Parameters are session settings the runner sets:
--   bench.ws       the workspace id            bench.scale   1.0 = the sizes above
--   bench.batch / bench.batches   for steps marked [batches=N], which run N times
-- Steps marked [after commit] run outside the transaction.
--
-- Everything is set-based (generate_series, one statement per table); the temporary
-- tables bench_* hold the plan, so that every denormalised field of a chat is computed
-- from the same numbers as the messages and tasks it summarises. Ids are UUIDv7 made
-- from the row's own time (and a seed), so rows sort by time like the app's and a chat
-- can name its last message before that message is written.

-- step: settings and checks
set local work_mem = '256MB';
set local maintenance_work_mem = '1GB';
set local temp_buffers = '1GB';
set local synchronous_commit = off;

do $$
declare
    ws uuid := current_setting('bench.ws')::uuid;
begin
    if not exists (select 1 from workspaces where id = ws) then
        raise exception 'bench: workspace % does not exist (sign up first)', ws;
    end if;
    if exists (select 1 from chats where workspace_id = ws) or exists (select 1 from channels where workspace_id = ws) then
        raise exception 'bench: workspace % already has data; the runner reuses it, or BENCH_RESET=1 remakes it', ws;
    end if;
    if (select count(*) from stages where workspace_id = ws) <> 7 then
        raise exception 'bench: workspace % should have the 7 stages of the default funnel', ws;
    end if;
end $$;

-- step: helper functions
-- UUIDv7: 48 bits of Unix milliseconds, then 74 bits from md5(seed), version 7, variant 10.
create function pg_temp.uuid7(at timestamptz, seed text) returns uuid language sql immutable as $$
    select encode(set_bit(set_bit(set_bit(set_bit(set_bit(set_bit(
               overlay(decode(md5(seed), 'hex')
                       placing substring(int8send(floor(extract(epoch from at) * 1000)::bigint) from 3)
                       from 1 for 6),
               52, 1), 53, 1), 54, 1), 55, 0), 70, 0), 71, 1), 'hex')::uuid
$$;

-- A cheap deterministic hash of (chat number, message number) in [0, 1000003).
create function pg_temp.h(n bigint, k bigint) returns int language sql immutable as $$
    select ((n * 2654435761 + k * 40503) % 1000003)::int
$$;

-- When the k-th of a chat's m messages was written: evenly spaced by the chat's gap,
-- jittered by less than a gap so the order holds, the last one exactly at last_at.
create function pg_temp.msg_at(last_at timestamptz, m int, gap float8, n bigint, k int) returns timestamptz
language sql immutable as $$
    select last_at - make_interval(secs => (m - k) * gap
                                   + case when k < m then 0.9 * gap * pg_temp.h(n, k) / 1000003.0 else 0 end)
$$;

-- Who wrote the k-th message, given p, the position of the operator's last answer: the
-- client's unanswered messages after it; before it the client's question, and before
-- that an earlier answer (so awaiting and response times follow from p alone); a mix elsewhere.
create function pg_temp.direction(k int, p int, hv int) returns text language sql immutable as $$
    select case when k > p then 'in' when k = p then 'out' when k = p - 1 then 'in' when k = p - 2 then 'out'
                when k = 1 then 'in'
                else (array['in', 'out', 'in', 'out', 'in', 'out', 'in', 'out', 'in', 'out', 'in', 'out', 'in',
                            'out', 'in', 'out', 'in', 'note', 'event', 'event'])[1 + hv % 20] end
$$;

create function pg_temp.msg_text(direction text, hv int) returns text language sql immutable as $$
    select case direction
        when 'in' then (array[
            'Здравствуйте! Есть в наличии?', 'Добрый день, сколько стоит доставка?', 'А можно оплатить картой при получении?',
            'Спасибо, всё получили!', 'Когда привезёте заказ?', 'Подскажите, пожалуйста, размеры', 'Хорошо, беру',
            'А есть другой цвет?', 'Можно оформить на завтра к 10 утра?', 'Не пришёл трек-номер', 'Добрый вечер! Вы работаете в выходные?',
            'Скиньте фото, пожалуйста', 'Дороговато… А скидки есть?', 'Оплатила, проверьте', 'Оплатил, проверьте',
            'Можно счёт на юрлицо?', 'Адрес: ул. Ленина, 15, кв. 8', 'Курьер опаздывает уже на час', 'Хочу вернуть товар',
            'Подойдёт, спасибо!', 'Hi! Do you ship to Kazakhstan?', 'Is it still available?', 'Thank you so much!',
            'Сколько будет стоить с доставкой в Химки?', 'А самовывоз есть?', 'Ок', 'Спасибо', 'Жду ответа',
            'Перезвоните мне, пожалуйста', 'Номер заказа 48213', 'Можно изменить адрес доставки?', 'Здравствуйте',
            'Какой срок гарантии?', 'Пришлите реквизиты', 'А промокод ещё действует?', 'Не могу оплатить, ошибка на сайте',
            'Упаковка порвана, что делать?', 'Всё супер, буду заказывать ещё', 'Можно поменять на размер больше?',
            'Добрый день! Интересует опт'])[1 + (hv / 20) % 40]
        when 'out' then (array[
            'Здравствуйте! Да, в наличии', 'Доставка по городу — 300 ₽, бесплатно от 3 000 ₽', 'Да, можно картой курьеру',
            'Спасибо за заказ! Будем рады видеть вас снова', 'Заказ передан в доставку, курьер позвонит за час',
            'Отправила фото в личные сообщения', 'Отправил фото в личные сообщения', 'Есть синий и бежевый',
            'Да, доставим завтра с 9 до 11', 'Трек-номер: 80085412345678', 'Работаем ежедневно с 9:00 до 21:00',
            'Сейчас действует скидка 10% по промокоду SPRING', 'Оплата получена, спасибо!', 'Счёт отправили на почту',
            'Записали адрес, спасибо', 'Простите за задержку, курьер будет через 15 минут', 'Оформили возврат, деньги придут за 3–5 дней',
            'Hello! Yes, we ship worldwide', 'Yes, it is available', 'You are welcome!', 'С доставкой выйдет 3 450 ₽',
            'Самовывоз: ул. Покровка, 31, с 10 до 20', 'Уточню и вернусь с ответом', 'Перезвоним в течение 15 минут',
            'Подскажите номер заказа?', 'Адрес изменили', 'Гарантия 12 месяцев', 'Реквизиты во вложении',
            'Промокод действует до конца месяца', 'Попробуйте, пожалуйста, ещё раз — ошибку исправили',
            'Пришлите фото упаковки, заменим товар', 'Спасибо за отзыв!', 'Да, обменяем — привезите товар с чеком',
            'Для опта есть отдельный прайс, отправляю', 'Добрый день! Чем можем помочь?', 'Да, всё верно',
            'Заказ собран и ждёт отправки', 'Хорошего дня!', 'Уже проверяем', 'Готово'])[1 + (hv / 20) % 40]
        when 'note' then (array[
            'Клиент постоянный, дать скидку 5%', 'Перезвонить после 18:00', 'Уточнить наличие на складе',
            'Жалоба передана руководителю', 'Счёт выставлен, ждём оплату', 'Адрес проверен', 'Просит доставку к точному времени',
            'Оптовый клиент, передать в отдел продаж', 'Не отвечает на звонки', 'Оплата прошла'])[1 + (hv / 20) % 10]
    end
$$;

-- What Java's toLowerCase(Locale.ROOT) does to our names, whatever the database's locale.
create function pg_temp.lower_ru(t text) returns text language sql immutable as $$
    select lower(translate(t, 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ', 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'))
$$;

-- A Latin slug of a name, as people make usernames and e-mail addresses of it.
create function pg_temp.slug(t text) returns text language sql immutable as $$
    select translate(replace(replace(replace(replace(replace(replace(replace(replace(replace(pg_temp.lower_ru(t),
               'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'yu'), 'я', 'ya'), 'ё', 'e'),
           'абвгдезийклмнопрстуфыэъь', 'abvgdeziyklmnoprstufye')
$$;

-- The client's id on a platform, as that platform spells it; injective in the client number.
create function pg_temp.external_id(type text, c bigint, phone text, email text) returns text language sql immutable as $$
    select case type
        when 'telegram' then (5000000000 + (c * 2654435761) % 2000000000)::text
        when 'whatsapp' then substr(phone, 2)
        when 'vk' then (100000000 + (c * 48271) % 700000000)::text
        when 'instagram' then '17841' || lpad(((c * 2654435761) % 100000000000)::text, 11, '0')
        when 'facebook' then '2' || lpad(((c * 337897) % 1000000000000000)::text, 15, '0')
        when 'email' then email
        when 'widget' then 'visitor-' || left(md5('widget' || c), 16)
        else 'crm-' || c
    end
$$;

-- step: users
-- 49 more users besides the owner; the first ranks are the busy ones (Zipf weights 1/rank).
create temp table bench_ops as
select rank,
       pg_temp.uuid7(now() - interval '730 days' + rank * interval '1 hour', 'user' || rank) as id,
       case when rank % 2 = 1
            then (array['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина'])[1 + rank % 7] || ' '
                 || (array['Петрова', 'Иванова', 'Васильева', 'Новикова', 'Волкова', 'Егорова', 'Орлова',
                           'Соколова', 'Морозова', 'Лебедева', 'Павлова'])[1 + (rank * 7) % 11]
            else (array['Игорь', 'Дмитрий', 'Сергей', 'Алексей', 'Павел', 'Михаил', 'Андрей'])[1 + rank % 7] || ' '
                 || (array['Соколов', 'Козлов', 'Смирнов', 'Морозов', 'Лебедев', 'Павлов', 'Петров', 'Иванов',
                           'Васильев', 'Новиков', 'Волков'])[1 + (rank * 7) % 11] end as name,
       'operator' || lpad(rank::text, 2, '0') || '@bench.switchboard.local' as email,
       case when rank in (7, 21) then 'admin' else 'operator' end as role,
       rank in (3, 11, 30) as supervisor,
       1.0 / rank as weight
from generate_series(1, 49) rank;

insert into users (workspace_id, id, name, email, password_hash, role, supervisor, created_at)
select current_setting('bench.ws')::uuid, o.id, o.name, o.email,
       -- everyone signs in with the owner's password
       (select password_hash from users where workspace_id = current_setting('bench.ws')::uuid and role = 'owner' limit 1),
       o.role, o.supervisor, now() - interval '730 days' + o.rank * interval '1 hour'
from bench_ops o;

-- step: channels
-- Twelve channels of every type; traffic is skewed (the weights are shares of all chats).
create temp table bench_channels as
select idx, type, name, weight, settings,
       pg_temp.uuid7(now() - interval '729 days' + idx * interval '1 hour', 'channel' || idx) as id
from (values
    (1, 'telegram', 'Telegram-бот @shop_main_bot', 24.0, '{"botUsername": "shop_main_bot"}'),
    (2, 'whatsapp', 'WhatsApp +7 495 123-45-67', 18.0, '{"phoneNumber": "+74951234567"}'),
    (3, 'instagram', 'Instagram @shop.flowers', 13.0, '{"username": "shop.flowers"}'),
    (4, 'vk', 'ВКонтакте: Магазин', 10.0, '{"groupId": "218765432"}'),
    (5, 'telegram', 'Telegram-бот @shop_support_bot', 8.0, '{"botUsername": "shop_support_bot"}'),
    (6, 'widget', 'Чат на сайте', 7.0, '{"siteUrl": "https://shop.example"}'),
    (7, 'whatsapp', 'WhatsApp +7 812 765-43-21', 6.0, '{"phoneNumber": "+78127654321"}'),
    (8, 'email', 'E-mail zakaz@shop.example', 5.0, '{"address": "zakaz@shop.example"}'),
    (9, 'vk', 'ВКонтакте: Опт', 4.0, '{"groupId": "219876543"}'),
    (10, 'facebook', 'Facebook: Shop', 3.0, '{"pageId": "102345678901234"}'),
    (11, 'api', 'API: CRM', 1.5, '{}'),
    (12, 'telegram', 'Telegram-бот @shop_jobs_bot', 0.5, '{"botUsername": "shop_jobs_bot"}')
) v(idx, type, name, weight, settings);

insert into channels (workspace_id, id, type, name, status, settings, secret, created_at)
select current_setting('bench.ws')::uuid, id, type, name, 'demo', settings::jsonb, md5('secret' || idx),
       now() - interval '729 days' + idx * interval '1 hour'
from bench_channels;

-- Operators work in the channels they are given: here all of them.
insert into user_channels (workspace_id, user_id, channel_id)
select current_setting('bench.ws')::uuid, o.id, c.id from bench_ops o cross join bench_channels c;

-- step: tags
-- 38 everyday tags, popular to rare (Zipf weights 1/idx), and two campaign tags used only
-- on old archived chats: common as a whole, yet absent from New and Accepted.
create temp table bench_tags as
select idx, name, color, campaign,
       case when campaign then 0 else 1.0 / idx end as weight,
       pg_temp.uuid7(now() - interval '728 days' + idx * interval '1 hour', 'tag' || idx) as id
from (
    select idx, name, (array['#e11d48', '#7c3aed', '#0891b2', '#db2777', '#2563eb', '#ea580c', '#dc2626', '#16a34a',
                             '#ca8a04', '#64748b'])[1 + idx % 10] as color, idx > 38 as campaign
    from unnest(array['VIP', 'Постоянный', 'Доставка', 'Опт', 'Срочно', 'Возврат', 'Самовывоз', 'Предоплата',
                      'Жалоба', 'Корпоратив', 'Подарок', 'Новый клиент', 'Рассрочка', 'Скидка', 'Обмен', 'Гарантия',
                      'Москва', 'Санкт-Петербург', 'Регионы', 'Юрлицо', 'Отзыв', 'Ждёт поставку', 'Предзаказ',
                      'Брак', 'Повторный заказ', 'Сертификат', 'Instagram-акция', 'Блогер', 'Партнёр', 'Дилер',
                      'Тендер', 'Маркетплейс', 'Конкурс', 'Розыгрыш', 'Иностранец', 'Не дозвонились', 'Спам',
                      'Чёрный список',
                      'Чёрная пятница ' || extract(year from now() - interval '400 days'),
                      'Новый год ' || extract(year from now() - interval '330 days')])
         with ordinality as t(name, idx)
) t;

insert into tags (workspace_id, id, name, color)
select current_setting('bench.ws')::uuid, id, name, color from bench_tags;

-- step: distributions
-- One row of arrays: a skewed pick is array[width_bucket(random(), cumulative bounds)].
create temp table bench_dist as
select
    (select array_agg(id order by rank) from bench_ops) as op_ids,
    (select array_agg(name order by rank) from bench_ops) as op_names,
    (select array_agg(b order by rank) from (select rank, (coalesce(sum(weight) over (order by rank rows between unbounded preceding and 1 preceding), 0)
                                                       / sum(weight) over ())::float8 as b from bench_ops) x) as op_bounds,
    (select array_agg(idx order by idx) from bench_channels) as channel_idx,
    (select array_agg(b order by idx) from (select idx, (coalesce(sum(weight) over (order by idx rows between unbounded preceding and 1 preceding), 0)
                                                      / sum(weight) over ())::float8 as b from bench_channels) x) as channel_bounds,
    (select array_agg(id order by idx) from bench_tags where not campaign) as tag_ids,
    (select array_agg(b order by idx) from (select idx, (coalesce(sum(weight) over (order by idx rows between unbounded preceding and 1 preceding), 0)
                                                      / sum(weight) over ())::float8 as b from bench_tags where not campaign) x) as tag_bounds,
    (select array_agg(id order by idx) from bench_tags where campaign) as campaign_tags,
    (select array_agg(id order by position) from stages where workspace_id = current_setting('bench.ws')::uuid and grp = 'active') as active_stages,
    (select array_agg(name order by position) from stages where workspace_id = current_setting('bench.ws')::uuid) as stage_names,
    (select id from stages where workspace_id = current_setting('bench.ws')::uuid and grp = 'success' order by position limit 1) as won,
    (select id from stages where workspace_id = current_setting('bench.ws')::uuid and grp = 'failure' order by position limit 1) as lost,
    (select id from stages where workspace_id = current_setting('bench.ws')::uuid and grp = 'not_lead' order by position limit 1) as not_lead,
    greatest(1, round(1000000 * current_setting('bench.scale')::numeric))::int as chats,
    greatest(1, round(300000 * current_setting('bench.scale')::numeric))::int as clients;

-- step: people
-- Who the clients are: mostly Russian names (a quarter give their first name only), one in
-- seven Latin; a phone, e-mail and username that only some of them turn out to have.
create temp table bench_people as
with names as (
    select array['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Екатерина', 'Светлана', 'Юлия',
                 'Анастасия', 'Дарья', 'Ксения', 'Алина', 'Виктория', 'Полина', 'Марина', 'Валерия', 'Евгения', 'Алёна',
                 'Кристина', 'Вера', 'Софья', 'Людмила', 'Галина', 'Надежда', 'Ульяна', 'Арина', 'Елизавета',
                 'Вероника', 'Маргарита', 'Оксана'] as women,
           array['Александр', 'Дмитрий', 'Сергей', 'Андрей', 'Алексей', 'Максим', 'Иван', 'Михаил', 'Артём',
                 'Николай', 'Владимир', 'Павел', 'Роман', 'Егор', 'Кирилл', 'Денис', 'Евгений', 'Константин', 'Тимур',
                 'Олег', 'Илья', 'Никита', 'Георгий', 'Антон', 'Виктор'] as men,
           array['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Новиков', 'Фёдоров', 'Морозов',
                 'Волков', 'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Степанов', 'Николаев', 'Орлов',
                 'Андреев', 'Макаров', 'Никитин', 'Захаров', 'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев',
                 'Романов', 'Воробьёв', 'Сергеев', 'Кузьмин', 'Фролов', 'Александров', 'Королёв', 'Гусев', 'Киселёв',
                 'Ильин', 'Максимов', 'Поляков', 'Сорокин', 'Виноградов', 'Ковалёв', 'Белов', 'Медведев', 'Антонов',
                 'Тарасов', 'Жуков', 'Баранов', 'Филиппов', 'Комаров', 'Давыдов', 'Беляев', 'Богданов', 'Осипов',
                 'Сидоров', 'Титов', 'Марков', 'Миронов', 'Крылов', 'Куликов', 'Карпов', 'Власов', 'Мельников',
                 'Денисов', 'Тихонов', 'Данилов', 'Фомин', 'Чернов', 'Абрамов', 'Ефимов', 'Назаров', 'Калинин',
                 'Быков', 'Маслов', 'Лазарев', 'Воронин', 'Голубев', 'Кудрявцев', 'Наумов', 'Соболев', 'Гончаров',
                 'Котов', 'Громов', 'Румянцев', 'Галкин', 'Вишневский', 'Покровский', 'Белоусов', 'Нестеров',
                 'Симонов', 'Шевченко', 'Ткаченко', 'Мельник'] as surnames,
           array['Emily', 'Sophie', 'Anna', 'Kate', 'Olivia', 'Laura', 'Chloe', 'Julia', 'Nina', 'Eva', 'Sarah'] as latin_women,
           array['James', 'Lucas', 'Michael', 'Daniel', 'Tom', 'Mark', 'Alex', 'David', 'Max'] as latin_men,
           array['Clark', 'Wilson', 'Martin', 'Weber', 'Schmidt', 'Brown', 'Evans', 'Rossi', 'Kim', 'Dubois', 'Becker',
                 'Miller', 'Ivanov', 'Petrov', 'Smirnov', 'Novak', 'Garcia', 'Taylor', 'Fischer', 'Orlov'] as latin_last
), drawn as (
    select c, r_latin < 0.15 as latin, r_woman < 0.68 as woman, r_short < 0.25 as short, r_user, r_first, r_last,
           r_contact
    from (select c, random() as r_latin, random() as r_woman, random() as r_short, random() as r_user,
                 random() as r_first, random() as r_last, random() as r_contact
          from generate_series(1, (select clients from bench_dist)) c) r
), named as (
    select d.*,
           case when latin and woman then n.latin_women[1 + floor(r_first * cardinality(n.latin_women))::int]
                when latin then n.latin_men[1 + floor(r_first * cardinality(n.latin_men))::int]
                when woman then n.women[1 + floor(r_first * cardinality(n.women))::int]
                else n.men[1 + floor(r_first * cardinality(n.men))::int] end as first,
           case when latin then n.latin_last[1 + floor(r_last * cardinality(n.latin_last))::int]
                else n.surnames[1 + floor(r_last * cardinality(n.surnames))::int] end as surname
    from drawn d cross join names n
), formed as (
    select *,
           case when not woman then surname
                when latin and surname ~ 'ov$' then surname || 'a'
                when latin then surname
                when surname ~ 'ий$' then left(surname, -2) || 'ая'
                when surname ~ '(ов|ев|ёв|ин)$' then surname || 'а'
                else surname end as last
    from named
)
select c, latin, woman, first, last,
       case when short and not latin then first else first || ' ' || last end as name,
       -- a Russian mobile number in E.164: an affine map of c, so every client has another
       '+79' || lpad(((c::bigint * 2654435761 + 12345) % 1000000000)::text, 9, '0') as phone,
       pg_temp.slug(first) || '.' || pg_temp.slug(last) || c || '@'
           || (array['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru', 'list.ru', 'ya.ru'])[1 + c % 7] as email,
       case floor(r_user * 5)::int
           when 0 then pg_temp.slug(first) || '_' || pg_temp.slug(last)
           when 1 then left(pg_temp.slug(first), 1) || '_' || pg_temp.slug(last)
           when 2 then pg_temp.slug(first) || '_' || left(pg_temp.slug(last), 1)
           when 3 then pg_temp.slug(last) || '.' || pg_temp.slug(first)
           else pg_temp.slug(first) || (1975 + c % 30) end || case when c % 3 = 0 then (c % 1000)::text else '' end as username,
       r_user, r_contact
from formed;
create index on bench_people (c);
analyze bench_people;

-- step: chat plan
-- One row per chat with every number its rows will be made of. Chats are dealt to
-- channels by their traffic share; within a channel each chat has another client (a
-- client writes to a channel in one thread). Most chats are archived; newer ones denser.
create temp table bench_plan as
with base as (
    select n, width_bucket(((n - 0.5) / d.chats)::float8, d.channel_bounds) as ch,
           random() as r_cat, random() as r_time, random() as r_len, random() as r_gap, random() as r_resp,
           random() as r_stage, random() as r_tags, random() as r_price, random() as r_state, random() as r_read,
           random() as r_comment, random() as r_task, random() as r_none, random() as r_campaign
    from generate_series(1, (select chats from bench_dist)) n cross join bench_dist d
), placed as (
    select b.*, row_number() over (partition by ch order by n) - 1 as i,
           case when r_cat < 0.05 then 'new' when r_cat < 0.15 then 'accepted' else 'archive' end as category,
           least(300, 1 + floor(-ln(1 - r_len) * 9.5))::int as m,
           exp(ln(20) + r_gap * ln(14400.0 / 20)) as gap
    from base b
), timed as (
    select p.*,
           ((p.i * 1000003 + p.ch * 7919) % d.clients) + 1 as c,
           now() - make_interval(secs => case p.category
                                             when 'new' then 60 + 3 * 86400 * r_time ^ 2
                                             when 'accepted' then 300 + 45 * 86400 * r_time ^ 1.5
                                             else 2 * 86400 + 728 * 86400 * r_time ^ 1.6 end) as last_at,
           -- a New chat taken back from the archive keeps its stage and responsible
           p.category = 'new' and r_stage < 0.1 as reopened,
           p.category = 'accepted' and r_state < 0.4 as awaiting
    from placed p cross join bench_dist d
), dated as (
    select t.*, pg_temp.msg_at(t.last_at, t.m, t.gap, t.n, 1) as created_at from timed t
)
select t.n, pg_temp.uuid7(t.created_at, 'chat' || t.n) as chat_id, t.created_at,
       t.ch, ch.id as channel_id, ch.type as channel_type, t.c, t.category, t.m, t.gap, t.last_at,
       t.r_task, t.r_price,
       ch.type in ('instagram', 'vk', 'facebook') and t.r_comment < 0.3 as comment,
       1 + floor(random() ^ 2 * 12)::int as post_no,
       pg_temp.external_id(ch.type, t.c, pe.phone, pe.email) as external_id,
       case when t.category = 'new' and not t.reopened then null
            when t.category = 'accepted' and t.r_none < 0.03 then null
            when t.category = 'archive' and t.r_none < 0.22 then null
            else width_bucket(t.r_resp, d.op_bounds) end as op,
       case when t.category = 'new' then (case when t.reopened then d.won else d.active_stages[1] end)
            when t.category = 'accepted' then d.active_stages[width_bucket(t.r_stage, array[0, 0.2, 0.5, 0.8]::float8[])]
            when t.r_stage < 0.55 then d.won when t.r_stage < 0.82 then d.lost else d.not_lead end as stage_id,
       -- 0 to 3 tags, popular ones more often
       array(select distinct d.tag_ids[width_bucket(random(), d.tag_bounds)]
             from generate_series(1, case when t.r_tags < 0.55 then 0 when t.r_tags < 0.83 then 1
                                          when t.r_tags < 0.95 then 2 else 3 end) g
             order by 1) as tags,
       t.category = 'archive' and t.last_at between now() - interval '400 days' and now() - interval '385 days'
           and t.r_campaign < 0.6 as black_friday,
       t.category = 'archive' and t.last_at between now() - interval '335 days' and now() - interval '325 days'
           and t.r_campaign < 0.5 as new_year,
       -- tail: the client's messages after the last answer; the first of them is when waiting began
       case when t.category = 'new' then least(t.m, 1 + floor(t.r_read ^ 2 * 3)::int)
            when t.awaiting then least(greatest(t.m - 1, 1), 1 + floor(t.r_read ^ 2 * 3)::int)
            when t.category = 'archive' and t.r_state < 0.1 then 1
            else 0 end as tail,
       case when t.category = 'new' then -1   -- every message after the last answer is unread
            when t.awaiting and t.r_read < 0.75 then -1
            when t.category = 'archive' and t.r_read > 0.99 then 1   -- marked unread by hand
            else 0 end as unread_rule
from dated t
join bench_channels ch on ch.idx = t.ch
join bench_people pe on pe.c = t.c
cross join bench_dist d;

create index on bench_plan (n);
analyze bench_plan;

-- step: drop secondary indexes
-- Building an index once is far cheaper than keeping it up to date row by row. Every
-- index that backs no constraint is dropped here and made again, from its own
-- definition, before the transaction ends (so whatever the migrations define is what is
-- built). Primary keys stay: the foreign keys check against them.
create temp table bench_indexes as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
from pg_index i
where i.indrelid in ('chats'::regclass, 'messages'::regclass, 'clients'::regclass, 'client_identities'::regclass,
                     'tasks'::regclass)
  and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid);

do $$
declare
    ix record;
begin
    for ix in select name from bench_indexes loop
        execute 'drop index ' || ix.name;
    end loop;
end $$;

-- step: clients
-- A client exists because they wrote: their card dates from their first chat, the phone is
-- known for WhatsApp clients (and some others), the e-mail for mail clients (and some others).
create temp table bench_clients as
select pe.c, pg_temp.uuid7(coalesce(f.first_at, now() - interval '800 days'), 'client' || pe.c) as id,
       pe.name,
       case when f.whatsapp or pe.r_contact < 0.35 then pe.phone end as phone,
       case when f.email or pe.r_contact > 0.85 then pe.email end as email,
       case when f.handle and pe.r_user between 0.1 and 0.9 then pe.username end as username,
       coalesce(f.first_at, now() - interval '800 days') as created_at
from bench_people pe
left join (
    select c, min(created_at) as first_at,
           bool_or(channel_type = 'whatsapp') as whatsapp, bool_or(channel_type = 'email') as email,
           bool_or(channel_type in ('telegram', 'instagram')) as handle
    from bench_plan group by c
) f on f.c = pe.c;
create index on bench_clients (c);
analyze bench_clients;

insert into clients (workspace_id, id, name, phone, email, username, search_text, created_at)
select current_setting('bench.ws')::uuid, id, name, phone, email, username,
       -- exactly Clients.searchText: lower-cased name, username, e-mail and phone digits
       pg_temp.lower_ru(concat_ws(' ', name, nullif(username, ''), nullif(email, ''),
                                  nullif(regexp_replace(phone, '\D', '', 'g'), ''))),
       created_at
from bench_clients
order by created_at;

-- step: client identities
insert into client_identities (workspace_id, channel_id, external_id, client_id, username, display_name, created_at)
select current_setting('bench.ws')::uuid, p.channel_id, p.external_id, cl.id,
       case when p.channel_type in ('telegram', 'instagram') then cl.username end, cl.name,
       p.created_at
from bench_plan p join bench_clients cl on cl.c = p.c;

-- step: task plan
-- About 5% of chats have tasks: a third of the Accepted ones (some done), a few New, and
-- some archived chats with their tasks done. Open ones are due from 5 days ago to 2 weeks on.
create temp table bench_tasks as
select p.n, k, t.due_at, t.created_at,
       pg_temp.uuid7(t.created_at, 'task' || p.n || ':' || k) as id,
       (array['Перезвонить клиенту', 'Отправить счёт', 'Проверить оплату', 'Уточнить адрес доставки',
              'Отправить фото товара', 'Согласовать скидку', 'Передать в отдел опта', 'Напомнить о заказе',
              'Оформить возврат', 'Собрать отзыв'])[1 + (p.n + k) % 10] as text,
       coalesce(d.op_ids[p.op], d.op_ids[1 + p.n % 49]) as assignee,
       t.done
from bench_plan p
cross join bench_dist d
cross join lateral generate_series(1, 1 + floor(p.r_task * 100)::int % 3) k
cross join lateral (
    select p.category = 'archive' or (p.r_task * 1000)::int % 10 < 3 as done,
           case when p.category = 'archive' or (p.r_task * 1000)::int % 10 < 3
                then p.last_at - make_interval(days => k)
                else now() + make_interval(secs => -5 * 86400 + 19 * 86400 * ((p.n * 7 + k * 13) % 100) / 100.0) end as due_at,
           least(p.last_at, now()) - make_interval(days => 1 + k) as created_at
) t
where (p.category = 'accepted' and p.r_task < 0.33) or (p.category = 'new' and p.r_task < 0.02)
   or (p.category = 'archive' and p.r_task < 0.02);
create index on bench_tasks (n);
analyze bench_tasks;

-- step: chats
-- Inserted oldest first, as they would have arrived. The statement-level trigger fills
-- chat_counters for all of them at once.
insert into chats (workspace_id, id, channel_id, client_id, thread_key, recipient, source_type, post, category,
                   stage_id, responsible_id, price_amount, price_currency, tag_ids, unread_count,
                   last_message_id, last_message_direction, last_message_text, last_message_at, last_inbound_at,
                   awaiting_reply_since, last_response_seconds, open_tasks, next_task_id, next_task_text,
                   next_task_due_at, last_activity_at, created_at, updated_at)
select current_setting('bench.ws')::uuid,
       p.chat_id, p.channel_id, cl.id,
       case when p.comment then 'post:' || post.id || ':' || p.external_id else p.external_id end,
       p.external_id,
       case when p.comment then 'comment' else 'message' end,
       case when p.comment then jsonb_build_object('id', post.id, 'text', post.text, 'url', post.url) end,
       p.category, p.stage_id, d.op_ids[p.op],
       price.amount, case when price.amount is not null then 'RUB' end,
       case when p.black_friday or p.new_year
            then array(select distinct t from unnest(p.tags || case when p.black_friday then d.campaign_tags[1] end
                                                            || case when p.new_year then d.campaign_tags[2] end) t
                       where t is not null order by t)
            else p.tags end,
       case p.unread_rule when -1 then p.tail else p.unread_rule end,
       pg_temp.uuid7(p.last_at, p.n || ':' || p.m),
       last.direction,
       pg_temp.msg_text(last.direction, pg_temp.h(p.n, p.m)),
       p.last_at,
       case when p.tail > 0 then p.last_at
            when p.m - p.tail >= 2 then pg_temp.msg_at(p.last_at, p.m, p.gap, p.n, p.m - p.tail - 1) end,
       case when p.tail > 0 then pg_temp.msg_at(p.last_at, p.m, p.gap, p.n, p.m - p.tail + 1) end,
       case when p.m - p.tail >= 2
            then floor(extract(epoch from pg_temp.msg_at(p.last_at, p.m, p.gap, p.n, p.m - p.tail)
                                        - pg_temp.msg_at(p.last_at, p.m, p.gap, p.n, p.m - p.tail - 1)))::int end,
       coalesce(t.open, 0), t.next_id, t.next_text, t.next_due,
       p.last_at, p.created_at, p.last_at
from bench_plan p
cross join bench_dist d
join bench_clients cl on cl.c = p.c
cross join lateral (select case when p.tail > 0 then 'in' else 'out' end as direction) last
cross join lateral (
    select case p.channel_type when 'instagram' then '1790' || lpad((p.ch * 100 + p.post_no)::text, 13, '0')
                               when 'vk' then '-2187654' || p.ch || '_' || (1500 + p.post_no)
                               else '102345678901234_' || (900000 + p.post_no) end as id,
           (array['Новая коллекция уже в продаже!', 'Скидка 20% до воскресенья', 'Розыгрыш среди подписчиков',
                  'Как выбрать размер: гид', 'Отзывы наших покупателей', 'Мы открыли второй магазин',
                  'Доставка теперь бесплатная от 3 000 ₽', 'Весенние новинки', 'Хиты продаж недели',
                  'Подарочные сертификаты', 'Работаем в праздники', 'Ответы на частые вопросы'])[p.post_no] as text,
           case p.channel_type when 'instagram' then 'https://www.instagram.com/p/bench' || p.ch || '_' || p.post_no
                               when 'vk' then 'https://vk.com/wall-2187654' || p.ch || '_' || (1500 + p.post_no)
                               else 'https://www.facebook.com/102345678901234/posts/' || (900000 + p.post_no) end as url
) post
cross join lateral (
    select case when p.category = 'accepted' and p.r_price < 0.5
                  or p.category = 'archive' and p.stage_id = d.won and p.r_price < 0.6
                  or p.r_price < 0.05
                then round(exp(ln(500) + random() * ln(200)) / 100) * 100 end as amount
) price
left join (
    select n, count(*) filter (where not done) as open,
           (array_agg(id order by due_at, id) filter (where not done))[1] as next_id,
           (array_agg(text order by due_at, id) filter (where not done))[1] as next_text,
           min(due_at) filter (where not done) as next_due
    from bench_tasks group by n
) t on t.n = p.n
order by p.created_at;

-- step: tasks
insert into tasks (workspace_id, id, chat_id, text, due_at, assignee_id, done, done_at, created_by, created_at)
select current_setting('bench.ws')::uuid, t.id, p.chat_id, t.text, t.due_at, t.assignee, t.done,
       case when t.done then t.due_at end, t.assignee, t.created_at
from bench_tasks t join bench_plan p on p.n = t.n;

-- step: messages [batches=10]
-- The history of each chat, oldest first, ending at its last activity; the directions
-- and texts come from the same functions the chat's summary fields were computed with.
insert into messages (workspace_id, id, chat_id, channel_id, direction, text, author_id, status, external_id,
                      event, created_at)
select current_setting('bench.ws')::uuid, pg_temp.uuid7(x.at, p.n || ':' || g.k), p.chat_id, p.channel_id, x.direction,
       case when x.direction = 'event'
            then case x.hv % 3 when 0 then 'Чат принят — ' || x.author_name
                               when 1 then 'Ответственный: ' || x.author_name || ' — ' || x.author_name
                               else 'Статус воронки: «' || d.stage_names[1 + x.hv % 4] || '» — ' || x.author_name end
            else pg_temp.msg_text(x.direction, x.hv) end,
       case when x.direction <> 'in' then x.author end,
       case when x.direction <> 'out' then null
            when p.channel_type = 'email' then 'sent'
            when g.k < p.m - p.tail or x.hv % 10 < 6 then 'read'
            else 'delivered' end,
       case when x.direction in ('in', 'out') then 'bench-' || p.n || '-' || g.k end,
       case when x.direction = 'event'
            then jsonb_build_object('kind', (array['accepted', 'assigned', 'stage_changed'])[1 + x.hv % 3],
                                    'actor', jsonb_build_object('id', x.author, 'name', x.author_name)) end,
       x.at
from bench_plan p
cross join bench_dist d
cross join lateral generate_series(1, p.m) g(k)
cross join lateral (
    select pg_temp.direction(g.k, p.m - p.tail, pg_temp.h(p.n, g.k)) as direction, pg_temp.h(p.n, g.k) as hv,
           pg_temp.msg_at(p.last_at, p.m, p.gap, p.n, g.k) as at,
           coalesce(d.op_ids[p.op], d.op_ids[1 + p.n % 49]) as author,
           coalesce(d.op_names[p.op], d.op_names[1 + p.n % 49]) as author_name
) x
where p.n % current_setting('bench.batches')::int = current_setting('bench.batch')::int - 1;

-- step: rebuild indexes
do $$
declare
    ix record;
begin
    for ix in select definition from bench_indexes loop
        execute ix.definition;
    end loop;
end $$;

-- step: verify
-- The tab counters the triggers kept must equal a real count, and a sample of chats must
-- name their newest message as their last one.
do $$
declare
    ws uuid := current_setting('bench.ws')::uuid;
    wrong bigint;
begin
    select count(*) into wrong
    from (select category, count(*) as chats, count(*) filter (where unread_count > 0) as unread
          from chats where workspace_id = ws group by category) real
    full join (select category, sum(chats) as chats, sum(unread) as unread
               from chat_counters where workspace_id = ws group by category) kept using (category)
    where real.chats is distinct from kept.chats or real.unread is distinct from kept.unread;
    if wrong > 0 then
        raise exception 'bench: chat_counters disagree with the chats in % categories', wrong;
    end if;
    select count(*) into wrong
    from chats c
    where c.workspace_id = ws and c.id::text like '%0'
      and c.last_message_id is distinct from (select m.id from messages m where m.workspace_id = ws
                                              and m.chat_id = c.id order by m.id desc limit 1);
    if wrong > 0 then
        raise exception 'bench: % sampled chats do not end with their last message', wrong;
    end if;
end $$;

-- step: mark the workspace as complete
update workspaces
set name = 'Switchboard bench',
    settings = settings || jsonb_build_object('bench', jsonb_build_object(
        'scale', current_setting('bench.scale')::numeric, 'generatedAt', now(),
        'chats', (select chats from bench_dist), 'clients', (select clients from bench_dist)))
where id = current_setting('bench.ws')::uuid;

-- step: vacuum and analyze [after commit]
vacuum (analyze) chats, messages, clients, client_identities, tasks, chat_counters, tags, channels, users, stages,
    user_channels;
