-- The list of offers and asks shows the newest first: walked backwards, this index gives
-- its first screen at once, where every open row of a million contacts was read and
-- sorted first (17 s). storage.offer_ask_list names it in each read.
CREATE INDEX IF NOT EXISTS offer_ask_newest ON offer_ask (deleted_at, created_at);
