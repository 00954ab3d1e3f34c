-- The theme classification (主题分类) of an item; empty for items drafted before it existed.
ALTER TABLE pub_item ADD COLUMN theme VARCHAR(40);
