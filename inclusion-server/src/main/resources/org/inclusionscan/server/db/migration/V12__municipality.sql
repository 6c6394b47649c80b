-- The picture across organisations (issue 24): an organisation's municipality, so that a host can
-- show a municipality's startfoto and compare organisations of one municipality. Free text (at most
-- 100 characters) and, where given, the official code: a Belgian NIS code (5 digits) or a Dutch CBS
-- code (GM and 4 digits). Region, sector and target groups stay on each round, as they were then.
ALTER TABLE organisations ADD COLUMN municipality VARCHAR(100);
ALTER TABLE organisations ADD COLUMN municipality_code VARCHAR(6);
