-- Removes the bench workspace and everything in it (bench/run does this when BENCH_RESET=1).
-- Parameter: the session setting bench.ws. With the embedded database, deleting the data
-- folder (bench/.data) is quicker.
--
-- Every table with a workspace_id column is emptied of the workspace's rows; a table that
-- is still referenced is retried after the others, so tables added by later migrations
-- are covered without being listed here. The big ones go first, by hand, so that no
-- cascade has to delete ten million messages one chat at a time.
do $$
declare
    ws uuid := current_setting('bench.ws')::uuid;
    pending text[];
    left_over text[];
    t text;
begin
    delete from messages where workspace_id = ws;
    delete from tasks where workspace_id = ws;
    delete from chats where workspace_id = ws;

    select array_agg(table_name::text order by table_name) into pending
    from information_schema.columns
    where table_schema = current_schema() and column_name = 'workspace_id' and table_name <> 'workspaces';
    for pass in 1..10 loop
        left_over := '{}';
        foreach t in array pending loop
            begin
                execute format('delete from %I where workspace_id = $1', t) using ws;
            exception when foreign_key_violation then
                left_over := left_over || t;
            end;
        end loop;
        pending := left_over;
        exit when cardinality(pending) = 0;
    end loop;
    if cardinality(pending) > 0 then
        raise exception 'bench: could not empty %', pending;
    end if;
    delete from workspaces where id = ws;
end $$;
