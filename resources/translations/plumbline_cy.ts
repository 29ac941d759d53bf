<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>CheckKinds</name>
    <message>
        <source>The column is present and its cells are filled in</source>
        <translation>Mae’r golofn yn bresennol ac mae ei chelloedd wedi’u llenwi</translation>
    </message>
    <message>
        <source>Values are of a datatype: integer, decimal, date, flag, URL, e-mail, CURIE, UPRN, postcode, GSS code, QID…</source>
        <translation>Mae gwerthoedd o fath o ddata: cyfanrif, degolyn, dyddiad, baner, URL, e-bost, CURIE, UPRN, cod post, cod GSS, QID…</translation>
    </message>
    <message>
        <source>Values have the lexical form of a Frictionless Table Schema type and format</source>
        <translation>Mae gan werthoedd ffurf eiriol math a fformat Sgema Tabl Frictionless</translation>
    </message>
    <message>
        <source>Values match (or do not match) an RE2 regular expression</source>
        <translation>Mae gwerthoedd yn cydweddu (neu ddim yn cydweddu) â mynegiad rheolaidd RE2</translation>
    </message>
    <message>
        <source>Values a spreadsheet would run as a formula when it opens the file as CSV</source>
        <translation>Gwerthoedd y byddai taenlen yn eu rhedeg fel fformiwla wrth agor y ffeil fel CSV</translation>
    </message>
    <message>
        <source>Values belong to a codelist; synonyms and other spellings map to the canonical value</source>
        <translation>Mae gwerthoedd yn perthyn i restr godau; mae cyfystyron a sillafiadau eraill yn arwain at y gwerth safonol</translation>
    </message>
    <message>
        <source>The codelist entry a value names existed on the row&apos;s date (or today)</source>
        <translation>Roedd y cofnod yn y rhestr godau y mae gwerth yn ei enwi yn bodoli ar ddyddiad y rhes (neu heddiw)</translation>
    </message>
    <message>
        <source>Values contain (or lack) a character or a piece of text; a fast byte search</source>
        <translation>Mae gwerthoedd yn cynnwys (neu heb) nod neu ddarn o destun; chwiliad beitiau cyflym</translation>
    </message>
    <message>
        <source>Values that only stand for nothing: NULL, N/A, ?, ---</source>
        <translation>Gwerthoedd nad ydynt ond yn sefyll am ddim: NULL, N/A, ?, ---</translation>
    </message>
    <message>
        <source>Numbers or dates lie between a minimum and a maximum (dates may be relative to today)</source>
        <translation>Mae rhifau neu ddyddiadau rhwng lleiafswm ac uchafswm (gall dyddiadau fod yn gymharol â heddiw)</translation>
    </message>
    <message>
        <source>Values have between min and max characters</source>
        <translation>Mae gan werthoedd rhwng min a max o nodau</translation>
    </message>
    <message>
        <source>The columns together form a key no two rows share</source>
        <translation>Mae’r colofnau gyda’i gilydd yn ffurfio allwedd nad yw dwy res yn ei rhannu</translation>
    </message>
    <message>
        <source>The first column compares with the second (&lt;, &lt;=, =, …); dates as intervals</source>
        <translation>Mae’r golofn gyntaf yn cymharu â’r ail (&lt;, &lt;=, =, …); dyddiadau fel cyfnodau</translation>
    </message>
    <message>
        <source>Within a group, the rows&apos; date periods do not overlap</source>
        <translation>O fewn grŵp, nid yw cyfnodau dyddiad y rhesi yn gorgyffwrdd</translation>
    </message>
    <message>
        <source>When the first column matches a condition, the second must match another</source>
        <translation>Pan fo’r golofn gyntaf yn bodloni amod, rhaid i’r ail fodloni amod arall</translation>
    </message>
    <message>
        <source>Values exist in a codelist table or in another column</source>
        <translation>Mae gwerthoedd yn bodoli mewn tabl rhestr godau neu mewn colofn arall</translation>
    </message>
    <message>
        <source>WKT/GeoJSON geometry parses, has the right type, is valid, in WGS84 and in England</source>
        <translation>Mae geometreg WKT/GeoJSON yn dosrannu, o’r math cywir, yn ddilys, yn WGS84 ac yn Lloegr</translation>
    </message>
    <message>
        <source>A pair of coordinate columns is in a known system, as declared, in England, not an outlier</source>
        <translation>Mae pâr o golofnau cyfesurynnau mewn system hysbys, fel y datganwyd, yn Lloegr, nid yn allanolyn</translation>
    </message>
    <message>
        <source>Stray, doubled, no-break or invisible spaces, tabs, line breaks and control characters</source>
        <translation>Bylchau crwydr, dwbl, di-dor neu anweledig, tabiau, toriadau llinell a nodau rheoli</translation>
    </message>
    <message>
        <source>Invalid UTF-8, replacement characters and mojibake; a file that is not UTF-8</source>
        <translation>UTF-8 annilys, nodau amnewid a mojibake; ffeil nad yw’n UTF-8</translation>
    </message>
    <message>
        <source>A name starts with a title (Dr, Hon, Eng, Captain…)</source>
        <translation>Mae enw’n dechrau gyda theitl (Dr, Hon, Eng, Captain…)</translation>
    </message>
    <message>
        <source>Rows with different ids whose names are probably the same person</source>
        <translation>Rhesi â dynodwyr gwahanol y mae eu henwau’n debygol o fod yr un person</translation>
    </message>
    <message>
        <source>A row repeats an earlier row</source>
        <translation>Mae rhes yn ailadrodd rhes gynharach</translation>
    </message>
    <message>
        <source>Rows share a key but disagree on other columns</source>
        <translation>Mae rhesi’n rhannu allwedd ond yn anghytuno ar golofnau eraill</translation>
    </message>
    <message>
        <source>Each value of the first column goes with one value of the second</source>
        <translation>Mae pob gwerth yn y golofn gyntaf yn mynd gydag un gwerth yn yr ail</translation>
    </message>
    <message>
        <source>Values follow the column&apos;s dominant format</source>
        <translation>Mae gwerthoedd yn dilyn prif fformat y golofn</translation>
    </message>
    <message>
        <source>Days from start to decision exceed the statutory period (8, 13 or 16 weeks)</source>
        <translation>Mae’r dyddiau o’r dechrau i’r penderfyniad yn fwy na’r cyfnod statudol (8, 13 neu 16 wythnos)</translation>
    </message>
    <message>
        <source>A count in free text (&quot;erection of 9 dwellings&quot;) agrees with a number column</source>
        <translation>Mae cyfrif mewn testun rhydd (&quot;erection of 9 dwellings&quot;) yn cytuno â cholofn rif</translation>
    </message>
    <message>
        <source>Rows under different references with the same point or &gt;95% the same area</source>
        <translation>Rhesi dan gyfeirnodau gwahanol â’r un pwynt neu &gt;95% o’r un arwynebedd</translation>
    </message>
    <message>
        <source>A date column with month-first evidence (06/13/2013) beside ambiguous dates</source>
        <translation>Colofn ddyddiad â thystiolaeth mis-yn-gyntaf (06/13/2013) wrth ymyl dyddiadau amwys</translation>
    </message>
    <message>
        <source>A point or geometry lies inside its organisation&apos;s boundary (a GeoJSON file of LPAs)</source>
        <translation>Mae pwynt neu geometreg y tu mewn i ffin ei sefydliad (ffeil GeoJSON o ACLlau)</translation>
    </message>
    <message>
        <source>The type code in a reference (…/FUL, …/HOU) agrees with the application type</source>
        <translation>Mae’r cod math mewn cyfeirnod (…/FUL, …/HOU) yn cytuno â math y cais</translation>
    </message>
    <message>
        <source>One cell holds several values of a field that takes one (two dates, two UPRNs)</source>
        <translation>Mae un gell yn dal sawl gwerth o faes sy’n cymryd un (dau ddyddiad, dau UPRN)</translation>
    </message>
    <message>
        <source>A column is mostly empty</source>
        <translation>Mae colofn yn wag gan mwyaf</translation>
    </message>
    <message>
        <source>Header cells are blank, repeated or padded with spaces</source>
        <translation>Mae celloedd pennawd yn wag, wedi’u hailadrodd neu â bylchau o’u cwmpas</translation>
    </message>
    <message>
        <source>Rows have more or fewer fields than the header</source>
        <translation>Mae gan resi fwy neu lai o feysydd na’r pennawd</translation>
    </message>
    <message>
        <source>Rows are entirely empty</source>
        <translation>Mae rhesi’n hollol wag</translation>
    </message>
    <message>
        <source>An SQL predicate evaluated by SQLite over the table</source>
        <translation>Rhagfynegiad SQL a werthusir gan SQLite dros y tabl</translation>
    </message>
    <message>
        <source>Rows whose key no other table refers to (a person without memberships, an unused party)</source>
        <translation>Rhesi nad oes tabl arall yn cyfeirio at eu hallwedd (person heb aelodaethau, plaid nas defnyddir)</translation>
    </message>
    <message>
        <source>Identifiers of a scheme: Wikidata QID syntax, one id on two owners, two ids on one owner</source>
        <translation>Dynodwyr cynllun: cystrawen QID Wikidata, un dynodwr ar ddau berchennog, dau ddynodwr ar un perchennog</translation>
    </message>
    <message>
        <source>The ids of a collection follow one scheme (party/x beside TNA)</source>
        <translation>Mae dynodwyr casgliad yn dilyn un cynllun (party/x wrth ymyl TNA)</translation>
    </message>
    <message>
        <source>Dates mixing year, month and day precision; 1 January placeholders</source>
        <translation>Dyddiadau sy’n cymysgu manylder blwyddyn, mis a diwrnod; dalfannau 1 Ionawr</translation>
    </message>
    <message>
        <source>Names with a family name in capitals, or all in capitals or lower case</source>
        <translation>Enwau â chyfenw mewn priflythrennau, neu’r cyfan mewn priflythrennau neu lythrennau bach</translation>
    </message>
    <message>
        <source>Organizations that are probably one (aliases, acronyms, names within names)</source>
        <translation>Sefydliadau sy’n debygol o fod yn un (enwau eraill, acronymau, enwau o fewn enwau)</translation>
    </message>
    <message>
        <source>E-mail, Twitter and Facebook values are well formed and written one way</source>
        <translation>Mae gwerthoedd e-bost, Twitter a Facebook wedi’u ffurfio’n iawn ac wedi’u hysgrifennu mewn un ffordd</translation>
    </message>
    <message>
        <source>One owner lists the same page twice (http and https)</source>
        <translation>Mae un perchennog yn rhestru’r un dudalen ddwywaith (http a https)</translation>
    </message>
    <message>
        <source>A column holds special-category personal data (ethnicity, religion …)</source>
        <translation>Mae colofn yn dal data personol categori arbennig (ethnigrwydd, crefydd …)</translation>
    </message>
    <message>
        <source>Popolo memberships against their term and person: outside the term, born after, too young, after death</source>
        <translation>Aelodaethau Popolo yn erbyn eu tymor a’u person: y tu allan i’r tymor, wedi’i eni wedyn, yn rhy ifanc, ar ôl marwolaeth</translation>
    </message>
    <message>
        <source>Popolo: one person&apos;s memberships of one organization and term overlap</source>
        <translation>Popolo: mae aelodaethau un person o un sefydliad a thymor yn gorgyffwrdd</translation>
    </message>
    <message>
        <source>Popolo: more people hold an area&apos;s or a legislature&apos;s seats at once than it has</source>
        <translation>Popolo: mae mwy o bobl yn dal seddi ardal neu ddeddfwrfa ar yr un pryd nag sydd ganddi</translation>
    </message>
    <message>
        <source>Popolo: two person records that are probably one person (not homonyms)</source>
        <translation>Popolo: dau gofnod person sy’n debygol o fod yn un person (nid cyfenwau tebyg)</translation>
    </message>
    <message>
        <source>An organization classified as a party whose name is an identity label persons carry (TWA)</source>
        <translation>Sefydliad a ddosbarthwyd fel plaid y mae ei enw’n label hunaniaeth y mae personau’n ei gario (TWA)</translation>
    </message>
</context>
<context>
    <name>CheckParams</name>
    <message>
        <source>the columns that must be filled in</source>
        <translation>y colofnau y mae’n rhaid eu llenwi</translation>
    </message>
    <message>
        <source>Any one is enough</source>
        <translation>Mae unrhyw un yn ddigon</translation>
    </message>
    <message>
        <source>One filled column of the rule&apos;s columns satisfies the rule</source>
        <translation>Mae un o golofnau’r rheol wedi’i llenwi yn bodloni’r rheol</translation>
    </message>
    <message>
        <source>NULL, N/A … count as blank</source>
        <translation>Mae NULL, N/A … yn cyfrif yn wag</translation>
    </message>
    <message>
        <source>Cells holding only a stand-in for nothing (NULL, N/A, -) count as blank</source>
        <translation>Mae celloedd sy’n dal dim ond dalfan am ddim (NULL, N/A, -) yn cyfrif yn wag</translation>
    </message>
    <message>
        <source>the columns to check</source>
        <translation>y colofnau i’w gwirio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>The datatype every value must have</source>
        <translation>Y math o ddata y mae’n rhaid i bob gwerth ei gael</translation>
    </message>
    <message>
        <source>Other spellings</source>
        <translation>Sillafiadau eraill</translation>
    </message>
    <message>
        <source>The severity of a value of the right type written another way (14/03/2023 for a date)</source>
        <translation>Difrifoldeb gwerth o’r math cywir wedi’i ysgrifennu mewn ffordd arall (14/03/2023 am ddyddiad)</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrwm</translation>
    </message>
    <message>
        <source>An RE2 regular expression values must match</source>
        <translation>Mynegiad rheolaidd RE2 y mae’n rhaid i werthoedd ei gydweddu</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Cydweddu</translation>
    </message>
    <message>
        <source>full: the whole value matches; partial: some part of it does</source>
        <translation>full: mae’r gwerth cyfan yn cydweddu; partial: mae rhan ohono’n cydweddu</translation>
    </message>
    <message>
        <source>Must not match</source>
        <translation>Rhaid peidio â chydweddu</translation>
    </message>
    <message>
        <source>Values that match are the findings</source>
        <translation>Y gwerthoedd sy’n cydweddu yw’r canfyddiadau</translation>
    </message>
    <message>
        <source>Case sensitive</source>
        <translation>Sensitif i briflythrennau</translation>
    </message>
    <message>
        <source>Letters match only in the same case</source>
        <translation>Mae llythrennau’n cydweddu dim ond yn yr un cas</translation>
    </message>
    <message>
        <source>Longest value</source>
        <translation>Gwerth hiraf</translation>
    </message>
    <message>
        <source>Longer values are findings without being matched</source>
        <translation>Mae gwerthoedd hirach yn ganfyddiadau heb eu cydweddu</translation>
    </message>
    <message>
        <source>Codelist</source>
        <translation>Rhestr godau</translation>
    </message>
    <message>
        <source>A built-in codelist name or a CSV file beside the pack (give this or Values)</source>
        <translation>Enw rhestr godau adeiledig neu ffeil CSV wrth ymyl y pecyn (rhowch hwn neu Gwerthoedd)</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>The allowed values, one per line (give this or Codelist)</source>
        <translation>Y gwerthoedd a ganiateir, un i bob llinell (rhowch hwn neu Rhestr godau)</translation>
    </message>
    <message>
        <source>Separators</source>
        <translation>Gwahanyddion</translation>
    </message>
    <message>
        <source>Characters between several values in one cell (e.g. ;)</source>
        <translation>Nodau rhwng sawl gwerth mewn un gell (e.e. ;)</translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation>Gwerthoedd anhysbys</translation>
    </message>
    <message>
        <source>The severity of a value not in the codelist</source>
        <translation>Difrifoldeb gwerth nad yw yn y rhestr godau</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Cyfystyron</translation>
    </message>
    <message>
        <source>The severity of another name for a codelist value</source>
        <translation>Difrifoldeb enw arall am werth yn y rhestr godau</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
    <message>
        <source>Values containing this text are findings (give this or the characters)</source>
        <translation>Mae gwerthoedd sy’n cynnwys y testun hwn yn ganfyddiadau (rhowch hwn neu’r nodau)</translation>
    </message>
    <message>
        <source>Any of these characters</source>
        <translation>Unrhyw un o’r nodau hyn</translation>
    </message>
    <message>
        <source>Values containing any of these characters are findings</source>
        <translation>Mae gwerthoedd sy’n cynnwys unrhyw un o’r nodau hyn yn ganfyddiadau</translation>
    </message>
    <message>
        <source>Must contain</source>
        <translation>Rhaid cynnwys</translation>
    </message>
    <message>
        <source>Values that lack the text are the findings</source>
        <translation>Y gwerthoedd heb y testun yw’r canfyddiadau</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Dalfannau</translation>
    </message>
    <message>
        <source>More values that stand for nothing, one per line</source>
        <translation>Rhagor o werthoedd sy’n sefyll am ddim, un i bob llinell</translation>
    </message>
    <message>
        <source>Usual stand-ins</source>
        <translation>Dalfannau arferol</translation>
    </message>
    <message>
        <source>NULL, N/A, ?, --- and the like are placeholders too</source>
        <translation>Mae NULL, N/A, ?, --- a’u tebyg yn ddalfannau hefyd</translation>
    </message>
    <message>
        <source>the number or date columns to check</source>
        <translation>y colofnau rhif neu ddyddiad i’w gwirio</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Lleiafswm</translation>
    </message>
    <message>
        <source>The smallest value allowed: a number, a date or today-10y</source>
        <translation>Y gwerth lleiaf a ganiateir: rhif, dyddiad neu today-10y</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Uchafswm</translation>
    </message>
    <message>
        <source>The largest value allowed: a number, a date or today+50y</source>
        <translation>Y gwerth mwyaf a ganiateir: rhif, dyddiad neu today+50y</translation>
    </message>
    <message>
        <source>Possibly outside</source>
        <translation>Y tu allan efallai</translation>
    </message>
    <message>
        <source>The severity of an imprecise date (a year only) that may lie outside</source>
        <translation>Difrifoldeb dyddiad amhendant (blwyddyn yn unig) a allai fod y tu allan</translation>
    </message>
    <message>
        <source>Fewest characters</source>
        <translation>Lleiaf o nodau</translation>
    </message>
    <message>
        <source>Shorter values are findings</source>
        <translation>Mae gwerthoedd byrrach yn ganfyddiadau</translation>
    </message>
    <message>
        <source>Most characters</source>
        <translation>Mwyaf o nodau</translation>
    </message>
    <message>
        <source>Longer values are findings</source>
        <translation>Mae gwerthoedd hirach yn ganfyddiadau</translation>
    </message>
    <message>
        <source>the columns that together form the key</source>
        <translation>y colofnau sydd gyda’i gilydd yn ffurfio’r allwedd</translation>
    </message>
    <message>
        <source>ABC and abc are different keys</source>
        <translation>Mae ABC ac abc yn allweddi gwahanol</translation>
    </message>
    <message>
        <source>Ignore edge spaces</source>
        <translation>Anwybyddu bylchau ar yr ymylon</translation>
    </message>
    <message>
        <source>Spaces at either end do not make a key different</source>
        <translation>Nid yw bylchau ar y naill ben na’r llall yn gwneud allwedd yn wahanol</translation>
    </message>
    <message>
        <source>Blank keys</source>
        <translation>Allweddi gwag</translation>
    </message>
    <message>
        <source>true: rows whose key is blank everywhere are left out; any: rows with any blank key column are</source>
        <translation>true: gadewir allan resi y mae eu hallwedd yn wag ym mhobman; any: gadewir allan resi ag unrhyw golofn allwedd wag</translation>
    </message>
    <message>
        <source>the first column, then the column it is compared with</source>
        <translation>y golofn gyntaf, yna’r golofn y caiff ei chymharu â hi</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Cymhariaeth</translation>
    </message>
    <message>
        <source>How the first column must compare with the second</source>
        <translation>Sut y mae’n rhaid i’r golofn gyntaf gymharu â’r ail</translation>
    </message>
    <message>
        <source>Compare as</source>
        <translation>Cymharu fel</translation>
    </message>
    <message>
        <source>Values compared as dates, numbers or text (auto: as they look)</source>
        <translation>Gwerthoedd wedi’u cymharu fel dyddiadau, rhifau neu destun (auto: fel y maen nhw’n edrych)</translation>
    </message>
    <message>
        <source>Possibly wrong</source>
        <translation>Anghywir efallai</translation>
    </message>
    <message>
        <source>The severity when imprecise dates only possibly break the comparison</source>
        <translation>Y difrifoldeb pan nad yw dyddiadau amhendant ond efallai’n torri’r gymhariaeth</translation>
    </message>
    <message>
        <source>the column of the condition, then the column that must then match</source>
        <translation>colofn yr amod, yna’r golofn y mae’n rhaid iddi wedyn gydweddu</translation>
    </message>
    <message>
        <source>When the first column</source>
        <translation>Pan fo’r golofn gyntaf</translation>
    </message>
    <message>
        <source>A condition as JSON: {&quot;in&quot;: [&quot;withdrawn&quot;]}, {&quot;blank&quot;: true}, {&quot;matches&quot;: &quot;RE2&quot;}</source>
        <translation>Amod fel JSON: {&quot;in&quot;: [&quot;withdrawn&quot;]}, {&quot;blank&quot;: true}, {&quot;matches&quot;: &quot;RE2&quot;}</translation>
    </message>
    <message>
        <source>Then the second column</source>
        <translation>Yna’r ail golofn</translation>
    </message>
    <message>
        <source>A condition as JSON: {&quot;not-blank&quot;: true}, {&quot;not-in&quot;: [&quot;…&quot;]}</source>
        <translation>Amod fel JSON: {&quot;not-blank&quot;: true}, {&quot;not-in&quot;: [&quot;…&quot;]}</translation>
    </message>
    <message>
        <source>the columns the expression reads (the first is shown as the finding&apos;s value)</source>
        <translation>y colofnau y mae’r mynegiad yn eu darllen (dangosir y gyntaf fel gwerth y canfyddiad)</translation>
    </message>
    <message>
        <source>Rows that fail</source>
        <translation>Rhesi sy’n methu</translation>
    </message>
    <message>
        <source>An SQLite expression over the table t, true for the rows that are findings (columns in double quotes)</source>
        <translation>Mynegiad SQLite dros y tabl t, yn wir am y rhesi sy’n ganfyddiadau (colofnau mewn dyfynodau dwbl)</translation>
    </message>
    <message>
        <source>Time limit (seconds)</source>
        <translation>Terfyn amser (eiliadau)</translation>
    </message>
    <message>
        <source>The query stops after this long and the rule fails</source>
        <translation>Mae’r ymholiad yn stopio ar ôl cymaint â hyn ac mae’r rheol yn methu</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message numerus="yes">
        <source>%Ln in %1.%2</source>
        <translation>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
            <numerusform>%Ln yn %1.%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Update References</source>
        <translation>Diweddaru Cyfeirnodau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) refer to “%1”: %2.</source>
        <translation>
            <numerusform>Nid oes rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
            <numerusform>Mae %Ln rhes yn cyfeirio at “%1”: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change them to “%1” too?</source>
        <translation>Eu newid i “%1” hefyd?</translation>
    </message>
    <message>
        <source>Change %1 and its references</source>
        <translation>Newid %1 a’i gyfeirnodau</translation>
    </message>
    <message>
        <source>Update references</source>
        <translation>Diweddaru cyfeirnodau</translation>
    </message>
</context>
<context>
    <name>HandoverMerge</name>
    <message>
        <source>record %1</source>
        <translation>cofnod %1</translation>
    </message>
    <message>
        <source>%1: this project has no table %2</source>
        <translation>%1: nid oes gan y prosiect hwn dabl %2</translation>
    </message>
    <message>
        <source>%1: the row is not in this project</source>
        <translation>%1: nid yw’r rhes yn y prosiect hwn</translation>
    </message>
    <message>
        <source>%1: the row has another key here (the files come from different imports)</source>
        <translation>%1: mae gan y rhes allwedd arall yma (daw’r ffeiliau o fewnforion gwahanol)</translation>
    </message>
    <message>
        <source>%1: this project has no column %2</source>
        <translation>%1: nid oes gan y prosiect hwn golofn %2</translation>
    </message>
    <message>
        <source>%1: the value here is “%2”, not “%3” as they had it</source>
        <translation>%1: “%2” yw’r gwerth yma, nid “%3” fel yr oedd ganddyn nhw</translation>
    </message>
</context>
<context>
    <name>InsertRowsCommand</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <translation>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
            <numerusform>Mewnosod %n rhes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotReapplied</name>
    <message>
        <source>row gone</source>
        <translation>rhes wedi mynd</translation>
    </message>
    <message>
        <source>old value changed from “%1” to “%2”</source>
        <translation>hen werth wedi newid o “%1” i “%2”</translation>
    </message>
    <message>
        <source>column gone</source>
        <translation>colofn wedi mynd</translation>
    </message>
    <message>
        <source>table gone</source>
        <translation>tabl wedi mynd</translation>
    </message>
    <message>
        <source>column added in the project: the new file has one too</source>
        <translation>colofn a ychwanegwyd yn y prosiect: mae gan y ffeil newydd un hefyd</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Diddymu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Cadw’r Cyfan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ie i’r C&amp;yfan</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Na i’r Cyf&amp;an</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Rhoi’r Gorau</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ailgynnig</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cymhwyso</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>RemoveRowsCommand</name>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
            <numerusform>Dileu %n rhes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message numerus="yes">
        <source>%n finding(s) (first run)</source>
        <translation>
            <numerusform>%n canfyddiad (rhediad cyntaf)</numerusform>
            <numerusform>%n canfyddiad (rhediad cyntaf)</numerusform>
            <numerusform>%n canfyddiad (rhediad cyntaf)</numerusform>
            <numerusform>%n canfyddiad (rhediad cyntaf)</numerusform>
            <numerusform>%n canfyddiad (rhediad cyntaf)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 resolved since %3</source>
        <translation>%1 newydd, %2 wedi’u datrys ers %3</translation>
    </message>
</context>
<context>
    <name>SourceReimport</name>
    <message>
        <source>Edits carried over to the re-imported source</source>
        <translation>Golygiadau wedi’u cario drosodd i’r ffynhonnell a ail-fewnforiwyd</translation>
    </message>
</context>
<context>
    <name>TriageState</name>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Wedi’i gywiro</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Wedi’i hepgor</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Positif ffug</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data-quality workbench for planning and political datasets</source>
        <translation>Mainc waith ansawdd data ar gyfer setiau data cynllunio a gwleidyddol</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Yn dangos gwybodaeth am y fersiwn.</translation>
    </message>
    <message>
        <source>A file to open.</source>
        <translation>Ffeil i’w hagor.</translation>
    </message>
    <message>
        <source>[file]</source>
        <translation>[ffeil]</translation>
    </message>
</context>
<context>
    <name>plumbline::AboutDialog</name>
    <message>
        <source>About Plumbline</source>
        <translation>Ynghylch Plumbline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;A data-quality workbench for UK planning registers and political datasets: open a file of millions of rows, see what the validators find, fix it and export it again — offline.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Plumbline %1&lt;/h3&gt;&lt;p&gt;Mainc waith ansawdd data ar gyfer cofrestrau cynllunio a setiau data gwleidyddol y DU: agorwch ffeil o filiynau o resi, gwelwch beth mae’r dilyswyr yn ei ganfod, cywirwch ef a’i allforio eto — all-lein.&lt;/p&gt;&lt;p&gt;Wedi’i adeiladu gyda Qt %2, yn rhedeg ar Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(development build)</source>
        <translation>(fersiwn datblygu)</translation>
    </message>
</context>
<context>
    <name>plumbline::CellHistoryDialog</name>
    <message>
        <source>History of This Cell</source>
        <translation>Hanes y Gell Hon</translation>
    </message>
    <message>
        <source>Changes to this cell</source>
        <translation>Newidiadau i’r gell hon</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Hen werth</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
    <message>
        <source>Rule or action</source>
        <translation>Rheol neu weithred</translation>
    </message>
</context>
<context>
    <name>plumbline::ChangePreviewModel</name>
    <message>
        <source>(new column)</source>
        <translation>(colofn newydd)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
</context>
<context>
    <name>plumbline::ChartCard</name>
    <message>
        <source>Save…</source>
        <translation>Cadw…</translation>
    </message>
    <message>
        <source>Save the chart “%1” as a PNG image or an SVG drawing</source>
        <translation>Cadw’r siart “%1” fel delwedd PNG neu lun SVG</translation>
    </message>
    <message>
        <source>Save the chart %1</source>
        <translation>Cadw’r siart %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ChartView</name>
    <message>
        <source>%1: %2. Arrow keys choose a bar, Enter filters the grid to it.</source>
        <translation>%1: %2. Mae’r bysellau saeth yn dewis bar, ac mae Enter yn hidlo’r grid iddo.</translation>
    </message>
    <message>
        <source>Click a bar (or choose one with the arrow keys and press Enter) to show its rows in the grid</source>
        <translation>Cliciwch far (neu dewiswch un gyda’r bysellau saeth a phwyso Enter) i ddangos ei resi yn y grid</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Cadw’r Siart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Delwedd PNG (*.png);;Llun SVG (*.svg)</translation>
    </message>
</context>
<context>
    <name>plumbline::ClusterDialog</name>
    <message>
        <source>Cluster and Edit – %1</source>
        <translation>Clystyru a Golygu – %1</translation>
    </message>
    <message>
        <source>Fingerprint (case, accents, punctuation, word order)</source>
        <translation>Olion bysedd (priflythrennau, acenion, atalnodi, trefn geiriau)</translation>
    </message>
    <message>
        <source>N-gram fingerprint (also spacing inside words)</source>
        <translation>Olion bysedd n-gram (hefyd bylchau o fewn geiriau)</translation>
    </message>
    <message>
        <source>Sounds alike (Metaphone)</source>
        <translation>Swnio’n debyg (Metaphone)</translation>
    </message>
    <message>
        <source>Nearest neighbours (Levenshtein distance)</source>
        <translation>Cymdogion agosaf (pellter Levenshtein)</translation>
    </message>
    <message>
        <source>Clustering method</source>
        <translation>Dull clystyru</translation>
    </message>
    <message>
        <source>Most edits between two values</source>
        <translation>Y nifer mwyaf o olygiadau rhwng dau werth</translation>
    </message>
    <message>
        <source>Characters per n-gram</source>
        <translation>Nodau ym mhob n-gram</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Clystyru</translation>
    </message>
    <message>
        <source>Cluster again</source>
        <translation>Clystyru eto</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Dull:</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Radiws:</translation>
    </message>
    <message>
        <source>&amp;N-gram size:</source>
        <translation>Maint yr &amp;n-gram:</translation>
    </message>
    <message>
        <source>Clusters of %1</source>
        <translation>Clystyrau %1</translation>
    </message>
    <message>
        <source>Clustering status</source>
        <translation>Statws clystyru</translation>
    </message>
    <message>
        <source>Clustering progress</source>
        <translation>Cynnydd clystyru</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Dewis y C&amp;yfan</translation>
    </message>
    <message>
        <source>Select N&amp;one</source>
        <translation>Dewis Di&amp;m</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>&amp;Uno’r Rhai a Ddewiswyd</translation>
    </message>
    <message>
        <source>Merge the ticked clusters</source>
        <translation>Uno’r clystyrau a diciwyd</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n cluster(s) in %1</source>
        <translation>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
            <numerusform>Uno %n clwstwr yn %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clustering…</source>
        <translation>Yn clystyru…</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) among %1 distinct values in %2 rows; %3 ticked.</source>
        <translation>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
            <numerusform>%n clwstwr ymhlith %1 gwerth gwahanol mewn %2 rhes; %3 wedi’u ticio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::ClusterModel</name>
    <message>
        <source>Merge</source>
        <translation>Uno</translation>
    </message>
    <message>
        <source>Do not merge</source>
        <translation>Peidio ag uno</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>The value every row of this cluster gets. Edit it to choose another.</source>
        <translation>Y gwerth y mae pob rhes yn y clwstwr hwn yn ei gael. Golygwch ef i ddewis un arall.</translation>
    </message>
    <message>
        <source>Values (rows)</source>
        <translation>Gwerthoedd (rhesi)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rhesi</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Gwerth newydd</translation>
    </message>
</context>
<context>
    <name>plumbline::CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Cymharu Fersiynau</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Crynodeb y gymhariaeth</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <translation>Dangos newidiadau o’r math</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Pob newid</translation>
    </message>
    <message>
        <source>Repeated keys</source>
        <translation>Allweddi sy’n ailadrodd</translation>
    </message>
    <message>
        <source>Added records</source>
        <translation>Cofnodion a ychwanegwyd</translation>
    </message>
    <message>
        <source>Removed records</source>
        <translation>Cofnodion a dynnwyd</translation>
    </message>
    <message>
        <source>Changed cells</source>
        <translation>Celloedd a newidiwyd</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Canfyddiadau newydd</translation>
    </message>
    <message>
        <source>Findings gone</source>
        <translation>Canfyddiadau a aeth</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Newidiadau</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>%1 → %2, records matched by %3.</source>
        <translation>%1 → %2, cofnodion wedi’u paru yn ôl %3.</translation>
    </message>
    <message>
        <source>Records before: %1, after: %2. Added: %3, removed: %4, changed: %5, unchanged: %6.</source>
        <translation>Cofnodion cyn: %1, ar ôl: %2. Ychwanegwyd: %3, tynnwyd: %4, newidiwyd: %5, heb eu newid: %6.</translation>
    </message>
    <message>
        <source>Keys on more than one record: %1.</source>
        <translation>Allweddi ar fwy nag un cofnod: %1.</translation>
    </message>
    <message>
        <source>Findings: %1 new, %2 gone.</source>
        <translation>Canfyddiadau: %1 newydd, %2 wedi mynd.</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabl:</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Cymharu &amp;Eto</translation>
    </message>
    <message>
        <source>Match records by</source>
        <translation>Paru cofnodion yn ôl</translation>
    </message>
    <message>
        <source>The column that identifies a record in both versions</source>
        <translation>Y golofn sy’n adnabod cofnod yn y ddau fersiwn</translation>
    </message>
    <message>
        <source>Table to compare</source>
        <translation>Tabl i’w gymharu</translation>
    </message>
    <message>
        <source>Compare again with this key</source>
        <translation>Cymharu eto gyda’r allwedd hon</translation>
    </message>
    <message>
        <source>Match records &amp;by:</source>
        <translation>Paru cofnodion &amp;yn ôl:</translation>
    </message>
</context>
<context>
    <name>plumbline::DashboardDock</name>
    <message>
        <source>Dashboard</source>
        <translation>Dangosfwrdd</translation>
    </message>
    <message>
        <source>Findings by rule</source>
        <translation>Canfyddiadau fesul rheol</translation>
    </message>
    <message>
        <source>Findings by severity</source>
        <translation>Canfyddiadau fesul difrifoldeb</translation>
    </message>
    <message>
        <source>Findings by column</source>
        <translation>Canfyddiadau fesul colofn</translation>
    </message>
    <message>
        <source>Completeness per column (% filled)</source>
        <translation>Cyflawnder fesul colofn (% wedi’u llenwi)</translation>
    </message>
    <message>
        <source>Applications per month</source>
        <translation>Ceisiadau fesul mis</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>rows with %1</source>
        <translation>rhesi â %1</translation>
    </message>
    <message>
        <source>rows with %1 findings</source>
        <translation>rhesi â chanfyddiadau %1</translation>
    </message>
    <message>
        <source>rows with findings in %1</source>
        <translation>rhesi â chanfyddiadau yn %1</translation>
    </message>
    <message>
        <source>%1 is blank</source>
        <translation>mae %1 yn wag</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Open a file to see its dashboard.</source>
        <translation>Agorwch ffeil i weld ei dangosfwrdd.</translation>
    </message>
    <message>
        <source>Memberships per term</source>
        <translation>Aelodaethau fesul tymor</translation>
    </message>
    <message>
        <source>Memberships per party</source>
        <translation>Aelodaethau fesul plaid</translation>
    </message>
    <message>
        <source>%1 — working out the charts…</source>
        <translation>%1 — yn paratoi’r siartiau…</translation>
    </message>
    <message>
        <source>Not validated yet: press F5</source>
        <translation>Heb ei ddilysu eto: pwyswch F5</translation>
    </message>
    <message>
        <source>No findings in %1</source>
        <translation>Dim canfyddiadau yn %1</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>canfyddiadau</translation>
    </message>
    <message>
        <source>Every finding concerns whole rows</source>
        <translation>Mae pob canfyddiad yn ymwneud â rhesi cyfan</translation>
    </message>
    <message>
        <source>% filled</source>
        <translation>% wedi’u llenwi</translation>
    </message>
    <message>
        <source>No term column</source>
        <translation>Dim colofn tymor</translation>
    </message>
    <message>
        <source>No date column</source>
        <translation>Dim colofn dyddiad</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>ceisiadau</translation>
    </message>
    <message>
        <source>Applications per year (%1)</source>
        <translation>Ceisiadau fesul blwyddyn (%1)</translation>
    </message>
    <message>
        <source>Applications per month (%1)</source>
        <translation>Ceisiadau fesul mis (%1)</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>aelodaethau</translation>
    </message>
    <message>
        <source>Memberships per term (%1)</source>
        <translation>Aelodaethau fesul tymor (%1)</translation>
    </message>
    <message>
        <source>Rows per %1</source>
        <translation>Rhesi fesul %1</translation>
    </message>
    <message>
        <source>No party column</source>
        <translation>Dim colofn plaid</translation>
    </message>
    <message>
        <source>No decision column</source>
        <translation>Dim colofn penderfyniad</translation>
    </message>
    <message>
        <source>Memberships per party (%1)</source>
        <translation>Aelodaethau fesul plaid (%1)</translation>
    </message>
    <message>
        <source>Decisions (%1)</source>
        <translation>Penderfyniadau (%1)</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 columns. Click a bar to show its rows in the grid.</source>
        <translation>%1: %2 rhes, %3 colofn. Cliciwch far i ddangos ei resi yn y grid.</translation>
    </message>
</context>
<context>
    <name>plumbline::DataActions</name>
    <message>
        <source>&amp;Quick Fixes…</source>
        <translation>&amp;Cywiriadau Cyflym…</translation>
    </message>
    <message>
        <source>Preview the quick fixes of every finding and apply the safe ones in one step</source>
        <translation>Rhagweld cywiriadau cyflym pob canfyddiad a chymhwyso’r rhai diogel mewn un cam</translation>
    </message>
    <message>
        <source>&amp;Transform Column…</source>
        <translation>&amp;Trawsnewid Colofn…</translation>
    </message>
    <message>
        <source>Trim, tidy, change case, replace, split, join, map or reformat the current column</source>
        <translation>Tocio, tacluso, newid priflythrennau, disodli, hollti, cyfuno, mapio neu ailfformatio’r golofn gyfredol</translation>
    </message>
    <message>
        <source>&amp;Cluster Values…</source>
        <translation>C&amp;lystyru Gwerthoedd…</translation>
    </message>
    <message>
        <source>Find values of the current column that are spelt differently and merge them</source>
        <translation>Canfod gwerthoedd yn y golofn gyfredol sydd wedi’u sillafu’n wahanol, a’u huno</translation>
    </message>
    <message>
        <source>&amp;Merge Records…</source>
        <translation>&amp;Uno Cofnodion…</translation>
    </message>
    <message>
        <source>Merge the two selected rows into one record, keeping references to both</source>
        <translation>Uno’r ddwy res a ddewiswyd yn un cofnod, gan gadw cyfeiriadau at y ddwy</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Can&amp;fod…</translation>
    </message>
    <message>
        <source>Find text or a pattern in the current table</source>
        <translation>Canfod testun neu batrwm yn y tabl cyfredol</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>Di&amp;sodli…</translation>
    </message>
    <message>
        <source>Replace text or a pattern in the current table, one match or all in one step</source>
        <translation>Disodli testun neu batrwm yn y tabl cyfredol, un cyfatebiad neu’r cyfan mewn un cam</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>&amp;Transform Column “%1”…</source>
        <translation>&amp;Trawsnewid Colofn “%1”…</translation>
    </message>
    <message>
        <source>&amp;Cluster Values of “%1”…</source>
        <translation>C&amp;lystyru Gwerthoedd “%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Fix All Like This (%1, %Ln finding(s))…</source>
        <translation>
            <numerusform>Cywiro Pob Un Fel Hwn (%1, %Ln canfyddiad)…</numerusform>
            <numerusform>Cywiro Pob Un Fel Hwn (%1, %Ln canfyddiad)…</numerusform>
            <numerusform>Cywiro Pob Un Fel Hwn (%1, %Ln canfyddiad)…</numerusform>
            <numerusform>Cywiro Pob Un Fel Hwn (%1, %Ln canfyddiad)…</numerusform>
            <numerusform>Cywiro Pob Un Fel Hwn (%1, %Ln canfyddiad)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the quick fixes of every finding of %1 before applying them</source>
        <translation>Rhagweld cywiriadau cyflym pob canfyddiad %1 cyn eu cymhwyso</translation>
    </message>
    <message>
        <source>Validate first: quick fixes repair findings.</source>
        <translation>Dilyswch yn gyntaf: mae cywiriadau cyflym yn trwsio canfyddiadau.</translation>
    </message>
    <message>
        <source>Quick Fixes</source>
        <translation>Cywiriadau Cyflym</translation>
    </message>
    <message numerus="yes">
        <source>Quick fixes changed %Ln cell(s).</source>
        <translation>
            <numerusform>Ni newidiodd y cywiriadau cyflym unrhyw gell.</numerusform>
            <numerusform>Newidiodd y cywiriadau cyflym %Ln gell.</numerusform>
            <numerusform>Newidiodd y cywiriadau cyflym %Ln cell.</numerusform>
            <numerusform>Newidiodd y cywiriadau cyflym %Ln cell.</numerusform>
            <numerusform>Newidiodd y cywiriadau cyflym %Ln cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix All Like This — %1</source>
        <translation>Cywiro Pob Un Fel Hwn — %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: changed %Ln cell(s).</source>
        <translation>
            <numerusform>%1: newidiwyd %Ln cell.</numerusform>
            <numerusform>%1: newidiwyd %Ln cell.</numerusform>
            <numerusform>%1: newidiwyd %Ln cell.</numerusform>
            <numerusform>%1: newidiwyd %Ln cell.</numerusform>
            <numerusform>%1: newidiwyd %Ln cell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln cell(s) changed; Undo takes it back.</source>
        <translation>
            <numerusform>%1 — newidiwyd %Ln cell; mae Dadwneud yn ei dynnu’n ôl.</numerusform>
            <numerusform>%1 — newidiwyd %Ln cell; mae Dadwneud yn ei dynnu’n ôl.</numerusform>
            <numerusform>%1 — newidiwyd %Ln cell; mae Dadwneud yn ei dynnu’n ôl.</numerusform>
            <numerusform>%1 — newidiwyd %Ln cell; mae Dadwneud yn ei dynnu’n ôl.</numerusform>
            <numerusform>%1 — newidiwyd %Ln cell; mae Dadwneud yn ei dynnu’n ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: the cell already holds that value.</source>
        <translation>Dim i’w gywiro: mae’r gwerth hwnnw yn y gell eisoes.</translation>
    </message>
    <message numerus="yes">
        <source>Transform changed %Ln cell(s).</source>
        <translation>
            <numerusform>Ni newidiodd y trawsnewid unrhyw gell.</numerusform>
            <numerusform>Newidiodd y trawsnewid %Ln gell.</numerusform>
            <numerusform>Newidiodd y trawsnewid %Ln cell.</numerusform>
            <numerusform>Newidiodd y trawsnewid %Ln cell.</numerusform>
            <numerusform>Newidiodd y trawsnewid %Ln cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two rows of the same table to merge them.</source>
        <translation>Dewiswch ddwy res o’r un tabl i’w huno.</translation>
    </message>
    <message>
        <source>Records merged; Undo takes the merge back.</source>
        <translation>Unwyd y cofnodion; mae Dadwneud yn dadwneud yr uno.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %Ln cell(s); Undo takes them back.</source>
        <translation>
            <numerusform>Disodlwyd %Ln cell; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Disodlwyd %Ln cell; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Disodlwyd %Ln cell; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Disodlwyd %Ln cell; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Disodlwyd %Ln cell; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Disodli</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>The match is in a row the row filter hides.</source>
        <translation>Mae’r cyfatebiad mewn rhes y mae’r hidlydd rhesi yn ei chuddio.</translation>
    </message>
    <message>
        <source>Fix: %1 → %2</source>
        <translation>Trwsio: %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Fix: %1 (%Ln cell(s))</source>
        <translation>
            <numerusform>Trwsio: %1 (%Ln cell)</numerusform>
            <numerusform>Trwsio: %1 (%Ln gell)</numerusform>
            <numerusform>Trwsio: %1 (%Ln gell)</numerusform>
            <numerusform>Trwsio: %1 (%Ln chell)</numerusform>
            <numerusform>Trwsio: %1 (%Ln cell)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2); Undo takes it back</source>
        <translation>%1 (%2); mae Dadwneud yn ei dynnu’n ôl</translation>
    </message>
    <message>
        <source>%1 (%2): a suggestion, check it; Undo takes it back</source>
        <translation>%1 (%2): awgrym, gwiriwch ef; mae Dadwneud yn ei dynnu’n ôl</translation>
    </message>
</context>
<context>
    <name>plumbline::DataGridView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>Copy the selected cells as tab-separated text</source>
        <translation>Copïo’r celloedd a ddewiswyd fel testun wedi’i wahanu gan dabiau</translation>
    </message>
    <message>
        <source>Copy with &amp;Headers</source>
        <translation>Copïo gyda’r &amp;Penawdau</translation>
    </message>
    <message>
        <source>Copy the selected cells with their column names</source>
        <translation>Copïo’r celloedd a ddewiswyd gydag enwau eu colofnau</translation>
    </message>
    <message>
        <source>Copied %L1 %2 × %L3 %4</source>
        <translation>Copïwyd %L1 %2 × %L3 %4</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rhes</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rhes</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colofn</translation>
    </message>
    <message>
        <source> (the selection was cut to %L1 cells)</source>
        <translation> (cwtogwyd y dewis i %L1 cell)</translation>
    </message>
    <message>
        <source>Key column</source>
        <translation>Colofn allweddol</translation>
    </message>
    <message>
        <source>The key column, kept in view while the grid scrolls right</source>
        <translation>Y golofn allweddol, sy’n aros yn y golwg wrth i’r grid sgrolio i’r dde</translation>
    </message>
</context>
<context>
    <name>plumbline::DateCellEditor</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>BBBB-MM-DD</translation>
    </message>
    <message>
        <source>A date, written as YYYY-MM-DD (25/12/2020 is turned into 2020-12-25); Alt+Down opens a calendar. Other text is kept as typed.</source>
        <translation>Dyddiad, wedi’i ysgrifennu fel BBBB-MM-DD (mae 25/12/2020 yn troi’n 2020-12-25); mae Alt+Down yn agor calendr. Cedwir testun arall fel y’i teipiwyd.</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Dewis o galendr (Alt+Down)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
</context>
<context>
    <name>plumbline::DiffModel</name>
    <message>
        <source>repeated key</source>
        <translation>allwedd sy’n ailadrodd</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ychwanegwyd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>tynnwyd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>newidiwyd</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>canfyddiad newydd</translation>
    </message>
    <message>
        <source>finding gone</source>
        <translation>canfyddiad wedi mynd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Old row</source>
        <translation>Hen res</translation>
    </message>
    <message>
        <source>New row</source>
        <translation>Rhes newydd</translation>
    </message>
    <message>
        <source>Column or rule</source>
        <translation>Colofn neu reol</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
</context>
<context>
    <name>plumbline::Document</name>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
</context>
<context>
    <name>plumbline::ExportOptionsDialog</name>
    <message>
        <source>Export Options</source>
        <translation>Dewisiadau Allforio</translation>
    </message>
    <message>
        <source>Export to &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Allforio i &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>All %1 tables</source>
        <translation>Pob un o’r %1 tabl</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabl:</translation>
    </message>
    <message>
        <source>&amp;Normalise (UTF-8, tab, minimal quoting)</source>
        <translation>&amp;Normaleiddio (UTF-8, tab, cyn lleied o ddyfynnu â phosibl)</translation>
    </message>
    <message>
        <source>&amp;Normalise (UTF-8, comma, minimal quoting)</source>
        <translation>&amp;Normaleiddio (UTF-8, coma, cyn lleied o ddyfynnu â phosibl)</translation>
    </message>
    <message>
        <source>Off: rows you did not change are written exactly as they were read (same encoding, delimiter, quoting and line endings).
On: every row is written as UTF-8 with LF line endings, quoting only where needed.</source>
        <translation>I ffwrdd: ysgrifennir y rhesi na wnaethoch eu newid yn union fel y’u darllenwyd (yr un amgodiad, amffinydd, dyfynnu a diweddiadau llinell).
Ymlaen: ysgrifennir pob rhes fel UTF-8 gyda diweddiadau llinell LF, gan ddyfynnu dim ond lle bo angen.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Write &amp;formulas as text (for spreadsheets)</source>
        <translation>Ysgrifennu &amp;fformiwlâu fel testun (ar gyfer taenlenni)</translation>
    </message>
    <message>
        <source>Off: every value is written as it is.
On: values a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return; plain numbers aside) get a leading apostrophe, so spreadsheets show them as text instead of running them.</source>
        <translation>I ffwrdd: ysgrifennir pob gwerth fel y mae.
Ymlaen: mae gwerthoedd y byddai taenlen yn eu rhedeg fel fformiwla (rhai sy’n dechrau gyda =, +, -, @, tab neu ddychwelyd cerbyd; ond nid rhifau plaen) yn cael collnod o’u blaen, fel bod taenlenni’n eu dangos fel testun yn lle eu rhedeg.</translation>
    </message>
</context>
<context>
    <name>plumbline::ExportPresenter</name>
    <message>
        <source>Stop exporting; an earlier file of that name is left as it was</source>
        <translation>Rhoi’r gorau i allforio; mae ffeil gynharach o’r un enw yn aros fel yr oedd</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Allforio’r Set Ddata</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Yn allforio %1</translation>
    </message>
    <message>
        <source>Exported to %1 in %2 s.</source>
        <translation>Allforiwyd i %1 mewn %2 eiliad.</translation>
    </message>
    <message>
        <source>Exported, with a note</source>
        <translation>Allforiwyd, gyda nodyn</translation>
    </message>
    <message>
        <source>%1 was written.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Methu allforio</translation>
    </message>
    <message>
        <source>Plumbline could not export to %1. Nothing was written.</source>
        <translation>Ni allai Plumbline allforio i %1. Ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>Diddymwyd yr allforio; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>export</source>
        <translation>allforio</translation>
    </message>
    <message>
        <source>%1 (fixed).%2</source>
        <translation>%1 (wedi’i gywiro).%2</translation>
    </message>
</context>
<context>
    <name>plumbline::FileTools</name>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Cymharu â Fersiwn Arall…</translation>
    </message>
    <message>
        <source>Compare the data on screen with another version of it: records added, removed and changed, findings new and gone</source>
        <translation>Cymharu’r data ar y sgrin â fersiwn arall ohono: cofnodion a ychwanegwyd, a dynnwyd ac a newidiwyd, canfyddiadau newydd a rhai sydd wedi mynd</translation>
    </message>
    <message>
        <source>Export Fi&amp;x List…</source>
        <translation>Allforio &amp;Rhestr Gywiriadau…</translation>
    </message>
    <message>
        <source>Write the data with its problems beside each cell, and a summary by rule, as an Excel workbook or CSV for whoever fixes the source</source>
        <translation>Ysgrifennu’r data gyda’i broblemau wrth ymyl pob cell, a chrynodeb fesul rheol, fel llyfr gwaith Excel neu CSV i bwy bynnag sy’n cywiro’r ffynhonnell</translation>
    </message>
    <message>
        <source>Stop and change nothing</source>
        <translation>Stopio heb newid dim</translation>
    </message>
    <message>
        <source>Canceled; nothing was written or changed.</source>
        <translation>Diddymwyd; ni ysgrifennwyd na newidiwyd dim.</translation>
    </message>
    <message>
        <source>Compare With Another Version</source>
        <translation>Cymharu â Fersiwn Arall</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Yn cymharu â %1</translation>
    </message>
    <message>
        <source>Could not compare</source>
        <translation>Methu cymharu</translation>
    </message>
    <message>
        <source>Plumbline could not compare with %1.</source>
        <translation>Ni allai Plumbline gymharu â %1.</translation>
    </message>
    <message>
        <source>Compare With %1</source>
        <translation>Cymharu â %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, summary beside it (*.csv)</source>
        <translation>CSV, a chrynodeb wrth ei ymyl (*.csv)</translation>
    </message>
    <message>
        <source>Export Fix List</source>
        <translation>Allforio Rhestr Gywiriadau</translation>
    </message>
    <message>
        <source>%1-fix-list.xlsx</source>
        <translation>%1-rhestr-gywiriadau.xlsx</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Dim i’w allforio</translation>
    </message>
    <message>
        <source>The data has not been validated yet.</source>
        <translation>Nid yw’r data wedi’i ddilysu eto.</translation>
    </message>
    <message>
        <source>Validate it first (Validate → Validate); the fix list lists the findings beside each cell.</source>
        <translation>Dilyswch ef yn gyntaf (Dilysu → Dilysu); mae’r rhestr gywiriadau’n dangos y canfyddiadau wrth ymyl pob cell.</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Yn ysgrifennu %1</translation>
    </message>
    <message>
        <source>Could not export the fix list</source>
        <translation>Methu allforio’r rhestr gywiriadau</translation>
    </message>
    <message>
        <source>Plumbline could not write %1.</source>
        <translation>Ni allai Plumbline ysgrifennu %1.</translation>
    </message>
    <message>
        <source>Fix list written to %1</source>
        <translation>Ysgrifennwyd y rhestr gywiriadau i %1</translation>
    </message>
</context>
<context>
    <name>plumbline::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Canfod a Disodli</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Disodli gyda</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression (RE2; \1 in the replacement is the first group)</source>
        <translation>Mynegiad r&amp;heolaidd (RE2; \1 yn y testun newydd yw’r grŵp cyntaf)</translation>
    </message>
    <message>
        <source>&amp;Whole cell</source>
        <translation>Y gell &amp;gyfan</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Cyfateb &amp;priflythrennau</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Chwilio yn</translation>
    </message>
    <message>
        <source>All columns</source>
        <translation>Pob colofn</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Canfod:</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>&amp;Disodli gyda:</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>Chwilio &amp;yn:</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Canfod y &amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Di&amp;sodli</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Disodli’r Cyf&amp;an</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Yn chwilio…</translation>
    </message>
    <message>
        <source>No cell matches.</source>
        <translation>Nid oes cell yn cyfateb.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) match.</source>
        <translation>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
            <numerusform>Mae %n cell yn cyfateb.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match %1 of %2.</source>
        <translation>Cyfatebiaeth %1 o %2.</translation>
    </message>
    <message>
        <source>Replacing…</source>
        <translation>Yn disodli…</translation>
    </message>
    <message numerus="yes">
        <source>Replace &apos;%1&apos; with &apos;%2&apos; (%n cell(s))</source>
        <translation>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
            <numerusform>Disodli &apos;%1&apos; gyda &apos;%2&apos; (%n cell)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n cell(s).</source>
        <translation>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
            <numerusform>Disodlwyd %n cell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::FindingNavigator</name>
    <message>
        <source>&amp;Next Finding</source>
        <translation>Y Canfyddiad &amp;Nesaf</translation>
    </message>
    <message>
        <source>Go to the next cell with a finding in the grid</source>
        <translation>Mynd i’r gell nesaf sydd â chanfyddiad yn y grid</translation>
    </message>
    <message>
        <source>Previ&amp;ous Finding</source>
        <translation>Y Canfyddiad &amp;Blaenorol</translation>
    </message>
    <message>
        <source>Go to the previous cell with a finding in the grid</source>
        <translation>Mynd i’r gell flaenorol sydd â chanfyddiad yn y grid</translation>
    </message>
    <message>
        <source>Open a file to validate it.</source>
        <translation>Agorwch ffeil i’w dilysu.</translation>
    </message>
    <message>
        <source>Not validated yet: press F5.</source>
        <translation>Heb ei ddilysu eto: pwyswch F5.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Yn dilysu…</translation>
    </message>
    <message>
        <source>Validation canceled: press F5 to validate.</source>
        <translation>Diddymwyd y dilysu: pwyswch F5 i ddilysu.</translation>
    </message>
    <message>
        <source>Row %L1 is hidden by the row filter; clear the filter to see it.</source>
        <translation>Mae rhes %L1 wedi’i chuddio gan yr hidlydd rhesi; cliriwch yr hidlydd i’w gweld.</translation>
    </message>
    <message>
        <source>That row is no longer in the table.</source>
        <translation>Nid yw’r rhes honno yn y tabl mwyach.</translation>
    </message>
    <message>
        <source>No findings to go to: validate first (F5).</source>
        <translation>Dim canfyddiadau i fynd iddynt: dilyswch yn gyntaf (F5).</translation>
    </message>
    <message>
        <source>Went past the last finding back to the first.</source>
        <translation>Aeth heibio’r canfyddiad olaf yn ôl i’r cyntaf.</translation>
    </message>
    <message>
        <source>Went past the first finding back to the last.</source>
        <translation>Aeth heibio’r canfyddiad cyntaf yn ôl i’r olaf.</translation>
    </message>
    <message>
        <source>No findings shown in this grid.</source>
        <translation>Nid oes canfyddiadau i’w gweld yn y grid hwn.</translation>
    </message>
</context>
<context>
    <name>plumbline::FindingStore</name>
    <message>
        <source>Row %1</source>
        <translation>Rhes %1</translation>
    </message>
</context>
<context>
    <name>plumbline::FindingsDock</name>
    <message>
        <source>%L1 %2</source>
        <translation>%L1 %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Open a file to validate it.</source>
        <translation>Agorwch ffeil i’w dilysu.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>dim canfyddiadau</translation>
    </message>
    <message>
        <source>Findings — %1</source>
        <translation>Canfyddiadau — %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>gwall</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>gwall</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>notices</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>Fesul rheol</translation>
    </message>
    <message>
        <source>By column</source>
        <translation>Fesul colofn</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Fesul difrifoldeb</translation>
    </message>
    <message>
        <source>Not grouped</source>
        <translation>Heb eu grwpio</translation>
    </message>
    <message>
        <source>Group findings</source>
        <translation>Grwpio canfyddiadau</translation>
    </message>
    <message>
        <source>Group the findings by rule, by column or by severity, with a count per group</source>
        <translation>Grwpio’r canfyddiadau fesul rheol, colofn neu ddifrifoldeb, gyda chyfrif ar gyfer pob grŵp</translation>
    </message>
    <message>
        <source>Show or hide %1 findings, in this list and in the grid</source>
        <translation>Dangos neu guddio canfyddiadau %1, yn y rhestr hon ac yn y grid</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Hidlo canfyddiadau</translation>
    </message>
    <message>
        <source>Show the findings whose rule, column, value, key or message contains this text</source>
        <translation>Dangos y canfyddiadau y mae eu rheol, colofn, gwerth, allwedd neu neges yn cynnwys y testun hwn</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clirio’r hidlydd</translation>
    </message>
    <message>
        <source>Show Rows</source>
        <translation>Dangos Rhesi</translation>
    </message>
    <message>
        <source>Show only the rows of the chosen finding or group in the grid</source>
        <translation>Dangos dim ond rhesi’r canfyddiad neu’r grŵp a ddewiswyd yn y grid</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Blaenorol</translation>
    </message>
    <message>
        <source>The previous finding in the grid (Shift+F8)</source>
        <translation>Y canfyddiad blaenorol yn y grid (Shift+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>The next finding in the grid (F8)</source>
        <translation>Y canfyddiad nesaf yn y grid (F8)</translation>
    </message>
    <message>
        <source>The findings, grouped; Enter goes to a finding&apos;s cell, the arrow keys open and close groups</source>
        <translation>Y canfyddiadau, wedi’u grwpio; mae Enter yn mynd i gell canfyddiad, ac mae’r bysellau saeth yn agor ac yn cau grwpiau</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Dangos %1</translation>
    </message>
    <message>
        <source>Arranging %L1 findings…</source>
        <translation>Yn trefnu %L1 canfyddiad…</translation>
    </message>
    <message>
        <source>No findings: every rule passed.</source>
        <translation>Dim canfyddiadau: llwyddodd pob rheol.</translation>
    </message>
    <message>
        <source>Showing %L1 of %L2 findings</source>
        <translation>Yn dangos %L1 o %L2 canfyddiad</translation>
    </message>
    <message>
        <source>; hidden: %1</source>
        <translation>; wedi’u cuddio: %1</translation>
    </message>
    <message>
        <source>; filtered by “%1”</source>
        <translation>; wedi’u hidlo gan “%1”</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Dangos y cyfan</translation>
    </message>
    <message>
        <source>rows in “%1”</source>
        <translation>rhesi yn “%1”</translation>
    </message>
    <message>
        <source>rows of this %1 finding</source>
        <translation>rhesi’r canfyddiad %1 hwn</translation>
    </message>
    <message>
        <source>Show Them</source>
        <translation>Eu Dangos</translation>
    </message>
    <message>
        <source>Show waived and false-positive findings</source>
        <translation>Dangos canfyddiadau a hepgorwyd a phositifau ffug</translation>
    </message>
    <message>
        <source>List the waived and false-positive findings too</source>
        <translation>Rhestru’r canfyddiadau a hepgorwyd a’r positifau ffug hefyd</translation>
    </message>
    <message>
        <source>%L1 waived</source>
        <translation>%L1 wedi’u hepgor</translation>
    </message>
    <message>
        <source>%L1 false positive</source>
        <translation>%L1 positif ffug</translation>
    </message>
    <message>
        <source>%1 shown</source>
        <translation>%1 yn y golwg</translation>
    </message>
    <message>
        <source>%1 hidden</source>
        <translation>%1 wedi’u cuddio</translation>
    </message>
    <message>
        <source>Hide Them</source>
        <translation>Eu Cuddio</translation>
    </message>
</context>
<context>
    <name>plumbline::FindingsTreeModel</name>
    <message>
        <source>Errors</source>
        <translation>Gwallau</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>(whole row or table)</source>
        <translation>(rhes neu dabl cyfan)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>gwall</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>rhybudd</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>hysbysiad</translation>
    </message>
    <message>
        <source>info</source>
        <translation>gwybodaeth</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: 1 finding shown</source>
        <translation>%1: dangosir 1 canfyddiad</translation>
    </message>
    <message>
        <source>%1: %L2 findings shown</source>
        <translation>%1: dangosir %L2 canfyddiad</translation>
    </message>
    <message>
        <source>Group / Severity</source>
        <translation>Grŵp / Difrifoldeb</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Allwedd</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Awgrym</translation>
    </message>
</context>
<context>
    <name>plumbline::FixPlanModel</name>
    <message numerus="yes">
        <source>%n cells, e.g. %1</source>
        <translation>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
            <numerusform>%n cell, e.e. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs no judgement</source>
        <translation>Nid oes angen barn</translation>
    </message>
    <message>
        <source>Needs your judgement: check it to apply it</source>
        <translation>Mae angen eich barn: ticiwch ef i’w gymhwyso</translation>
    </message>
    <message>
        <source>all rows</source>
        <translation>pob rhes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Cymhwyso</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Cywiriad</translation>
    </message>
</context>
<context>
    <name>plumbline::FixPreviewDialog</name>
    <message>
        <source>Preview Quick Fixes</source>
        <translation>Rhagolwg Cywiriadau Cyflym</translation>
    </message>
    <message>
        <source>Fixes that need no judgement</source>
        <translation>Cywiriadau nad oes angen barn arnynt</translation>
    </message>
    <message>
        <source>Fixes that need your judgement</source>
        <translation>Cywiriadau sydd angen eich barn</translation>
    </message>
    <message>
        <source>&amp;Fixes that need no judgement:</source>
        <translation>&amp;Cywiriadau nad oes angen barn arnynt:</translation>
    </message>
    <message>
        <source>Fixes that need your &amp;judgement (check each one to apply it):</source>
        <translation>Cywiriadau sydd angen eich &amp;barn (ticiwch bob un i’w gymhwyso):</translation>
    </message>
    <message>
        <source>Cells to change</source>
        <translation>Celloedd i’w newid</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Cymh&amp;wyso</translation>
    </message>
    <message>
        <source>Preparing the fixes…</source>
        <translation>Yn paratoi’r cywiriadau…</translation>
    </message>
    <message>
        <source>There is nothing to fix: no finding has a fix that changes a cell.</source>
        <translation>Nid oes dim i’w gywiro: nid oes gan unrhyw ganfyddiad gywiriad sy’n newid cell.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change</source>
        <translation>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
            <numerusform>Bydd %n cell yn newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) checked</source>
        <translation>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
            <numerusform>%n cywiriad wedi’u ticio</numerusform>
        </translation>
    </message>
    <message>
        <source>The data changed since these fixes were prepared; close and open the preview again.</source>
        <translation>Newidiodd y data ers paratoi’r cywiriadau hyn; caewch y rhagolwg a’i agor eto.</translation>
    </message>
</context>
<context>
    <name>plumbline::GridDelegate</name>
    <message>
        <source>One of the codelist&apos;s values; other text is kept as typed and flagged</source>
        <translation>Un o werthoedd y rhestr godau; cedwir testun arall fel y’i teipiwyd a’i nodi</translation>
    </message>
    <message>
        <source>Value from the codelist</source>
        <translation>Gwerth o’r rhestr godau</translation>
    </message>
</context>
<context>
    <name>plumbline::GridEditActions</name>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Paste tab-separated cells (as a spreadsheet copies them) from the current cell</source>
        <translation>Gludo celloedd wedi’u gwahanu gan dabiau (fel y mae taenlen yn eu copïo) o’r gell gyfredol</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>&amp;Llenwi i Lawr</translation>
    </message>
    <message>
        <source>Copy the top selected cell of each column into the selected cells below it</source>
        <translation>Copïo’r gell uchaf a ddewiswyd ym mhob colofn i’r celloedd a ddewiswyd oddi tani</translation>
    </message>
    <message>
        <source>C&amp;lear Contents</source>
        <translation>Clirio’r Cy&amp;nnwys</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Gwagio’r celloedd a ddewiswyd</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <translation>Mewnosod Rhes &amp;Uwchben</translation>
    </message>
    <message>
        <source>Insert as many empty rows as are selected, above the selection</source>
        <translation>Mewnosod cymaint o resi gwag ag a ddewiswyd, uwchben y dewis</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <translation>Mewnosod Rhes &amp;Islaw</translation>
    </message>
    <message>
        <source>Insert as many empty rows as are selected, below the selection</source>
        <translation>Mewnosod cymaint o resi gwag ag a ddewiswyd, islaw’r dewis</translation>
    </message>
    <message>
        <source>Delete the rows of the selected cells (Undo brings them back)</source>
        <translation>Dileu rhesi’r celloedd a ddewiswyd (mae Dadwneud yn dod â nhw’n ôl)</translation>
    </message>
    <message>
        <source>Row %L1, %2: “%3” → “%4”</source>
        <translation>Rhes %L1, %2: “%3” → “%4”</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Gludo</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln row(s) over the existing data?</source>
        <translation>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
            <numerusform>Gludo %Ln rhes dros y data presennol?</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 cells in %L2 rows and %L3 columns will be overwritten%4. Undo brings them back.</source>
        <translation>Bydd %L1 cell mewn %L2 rhes a %L3 colofn yn cael eu trosysgrifo%4. Mae Dadwneud yn dod â nhw’n ôl.</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln row(s) will be added</source>
        <translation>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
            <numerusform>; bydd %Ln rhes yn cael eu hychwanegu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Ni ludwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %Ln row(s)</source>
        <translation>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
            <numerusform>Gludo %Ln rhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %Ln cell(s)</source>
        <translation>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
            <numerusform>Gludwyd %Ln cell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln column(s) did not fit and were left out</source>
        <translation>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
            <numerusform>; nid oedd lle i %Ln colofn a chawsant eu gadael allan</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Llenwi i Lawr</translation>
    </message>
    <message numerus="yes">
        <source>Filled %Ln cell(s).</source>
        <translation>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
            <numerusform>Llenwyd %Ln cell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Contents</source>
        <translation>Clirio’r Cynnwys</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %Ln cell(s).</source>
        <translation>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
            <numerusform>Cliriwyd %Ln cell.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inserted %Ln row(s).</source>
        <translation>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
            <numerusform>Mewnosodwyd %Ln rhes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln row(s); Undo brings them back.</source>
        <translation>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
            <numerusform>Dilëwyd %Ln rhes; mae Dadwneud yn dod â nhw’n ôl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dele&amp;te Rows</source>
        <translation>Dil&amp;eu Rhesi</translation>
    </message>
</context>
<context>
    <name>plumbline::HandoverActions</name>
    <message>
        <source>&amp;Hand Over…</source>
        <translation>&amp;Trosglwyddo…</translation>
    </message>
    <message>
        <source>Write the project&apos;s decisions and edits to a small file for a colleague</source>
        <translation>Ysgrifennu penderfyniadau a golygiadau’r prosiect i ffeil fach ar gyfer cydweithiwr</translation>
    </message>
    <message>
        <source>&amp;Merge Colleague&apos;s Hand-over…</source>
        <translation>&amp;Uno Trosglwyddiad Cydweithiwr…</translation>
    </message>
    <message>
        <source>Take a colleague&apos;s decisions and edits into this project; where you differ, you choose</source>
        <translation>Derbyn penderfyniadau a golygiadau cydweithiwr i’r prosiect hwn; lle rydych yn anghytuno, chi sy’n dewis</translation>
    </message>
    <message>
        <source>A hand-over is made from a project: File → New Project… starts one.</source>
        <translation>Gwneir trosglwyddiad o brosiect: mae Ffeil → Prosiect Newydd… yn dechrau un.</translation>
    </message>
    <message>
        <source>Hand Over</source>
        <translation>Trosglwyddo</translation>
    </message>
    <message>
        <source>Hand-over files (*.json)</source>
        <translation>Ffeiliau trosglwyddo (*.json)</translation>
    </message>
    <message>
        <source>Could not hand over</source>
        <translation>Methu trosglwyddo</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 and %2 to %3.</source>
        <translation>Ysgrifennwyd %1 a %2 i %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
            <numerusform>%n penderfyniad</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is read-only: Save Project As… makes a copy you can merge into.</source>
        <translation>Mae %1 i’w ddarllen yn unig: mae Cadw’r Prosiect Fel… yn gwneud copi y gallwch uno iddo.</translation>
    </message>
    <message>
        <source>A colleague&apos;s hand-over is merged into a project: File → New Project… starts one.</source>
        <translation>Caiff trosglwyddiad cydweithiwr ei uno i brosiect: mae Ffeil → Prosiect Newydd… yn dechrau un.</translation>
    </message>
    <message>
        <source>Merge Colleague&apos;s Hand-over</source>
        <translation>Uno Trosglwyddiad Cydweithiwr</translation>
    </message>
    <message>
        <source>Hand-over files (*.json);;All files (*)</source>
        <translation>Ffeiliau trosglwyddo (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Could not merge</source>
        <translation>Methu uno</translation>
    </message>
    <message>
        <source>%1 cannot be merged; nothing was changed.</source>
        <translation>Ni ellir uno %1; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Merge canceled: nothing was changed.</source>
        <translation>Diddymwyd yr uno: ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>cydweithiwr</translation>
    </message>
    <message>
        <source>Merge the review of %1</source>
        <translation>Uno adolygiad %1</translation>
    </message>
    <message>
        <source>%1 and %2 merged, %3 resolved</source>
        <translation>Unwyd %1 a %2, datryswyd %3</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged the review of %1 (%2): %3.</source>
        <translation>Unwyd adolygiad %1 (%2): %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of their edit(s) did not fit this project and were skipped.</source>
        <translation>
            <numerusform>Nid oedd %n o’u golygiadau’n ffitio’r prosiect hwn a chawsant eu hepgor.</numerusform>
            <numerusform>Nid oedd %n o’u golygiadau’n ffitio’r prosiect hwn a chawsant eu hepgor.</numerusform>
            <numerusform>Nid oedd %n o’u golygiadau’n ffitio’r prosiect hwn a chawsant eu hepgor.</numerusform>
            <numerusform>Nid oedd %n o’u golygiadau’n ffitio’r prosiect hwn a chawsant eu hepgor.</numerusform>
            <numerusform>Nid oedd %n o’u golygiadau’n ffitio’r prosiect hwn a chawsant eu hepgor.</numerusform>
        </translation>
    </message>
    <message>
        <source>One Undo takes the merged edits back.</source>
        <translation>Mae un Dadwneud yn dileu’r golygiadau a unwyd.</translation>
    </message>
    <message>
        <source>Their table “%1” was taken to be this project&apos;s table “%2”.</source>
        <translation>Cymerwyd mai eu tabl “%1” yw tabl “%2” y prosiect hwn.</translation>
    </message>
</context>
<context>
    <name>plumbline::HandoverConflictsDialog</name>
    <message>
        <source>Merge Conflicts</source>
        <translation>Gwrthdaro wrth Uno</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the review you are merging differ from yours. Choose which to keep for each.</source>
        <translation>
            <numerusform>Mae %n newid yn yr adolygiad rydych yn ei uno yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad rydych yn ei uno yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad rydych yn ei uno yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad rydych yn ei uno yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad rydych yn ei uno yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) in the review from %1 differ from yours. Choose which to keep for each.</source>
        <translation>
            <numerusform>Mae %n newid yn yr adolygiad gan %1 yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad gan %1 yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad gan %1 yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad gan %1 yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
            <numerusform>Mae %n newid yn yr adolygiad gan %1 yn wahanol i&apos;ch rhai chi. Dewiswch pa un i&apos;w gadw ym mhob achos.</numerusform>
        </translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Fy un i</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Eu hun nhw</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Merge conflicts</source>
        <translation>Gwrthdaro wrth uno</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 yn %2, %3</translation>
    </message>
    <message>
        <source>Keep for row %1</source>
        <translation>Cadw ar gyfer rhes %1</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>&amp;Cadw Fy Rhai i i Gyd</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Cymryd Eu Rhai &amp;Nhw i Gyd</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Uno</translation>
    </message>
</context>
<context>
    <name>plumbline::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>&lt;file as opened&gt;</source>
        <translation>&lt;y ffeil fel y’i hagorwyd&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Hanes golygu</translation>
    </message>
    <message>
        <source>Every change to the data, oldest first; choose one to go back to it</source>
        <translation>Pob newid i’r data, yr hynaf yn gyntaf; dewiswch un i fynd yn ôl ato</translation>
    </message>
</context>
<context>
    <name>plumbline::MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>Agor ffeil ddata</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <source>Write the dataset to a file: CSV, TSV, JSON and the other formats Plumbline writes</source>
        <translation>Ysgrifennu’r set ddata i ffeil: CSV, TSV, JSON a’r fformatau eraill y mae Plumbline yn eu hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Close Plumbline</source>
        <translation>Cau Plumbline</translation>
    </message>
    <message>
        <source>&amp;Follow Reference</source>
        <translation>&amp;Dilyn Cyfeirnod</translation>
    </message>
    <message>
        <source>Go to the row this cell refers to in another table</source>
        <translation>Mynd i’r rhes y mae’r gell hon yn cyfeirio ati mewn tabl arall</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn Ôl</translation>
    </message>
    <message>
        <source>Return to where you were before the last jump</source>
        <translation>Dychwelyd i’r man lle’r oeddech cyn y naid ddiwethaf</translation>
    </message>
    <message>
        <source>&amp;About Plumbline</source>
        <translation>&amp;Ynghylch Plumbline</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Fersiynau a thrwyddedau</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor Di&amp;weddar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Bar dewislenni</translation>
    </message>
    <message>
        <source>V&amp;alidate</source>
        <translation>&amp;Dilysu</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Canllaw Defnyddiwr</translation>
    </message>
    <message>
        <source>How to use Plumbline</source>
        <translation>Sut i ddefnyddio Plumbline</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Llwybrau Byr y &amp;Bysellfwrdd</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Pob llwybr byr bysellfwrdd yn y ffenestr</translation>
    </message>
</context>
<context>
    <name>plumbline::MainWindow</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <source>Show every change made to the data; choose one to go back to it</source>
        <translation>Dangos pob newid a wnaed i’r data; dewiswch un i fynd yn ôl ato</translation>
    </message>
    <message>
        <source>Show &amp;Findings</source>
        <translation>Dangos &amp;Canfyddiadau</translation>
    </message>
    <message>
        <source>Stop loading and keep what was open before</source>
        <translation>Rhoi’r gorau i lwytho a chadw’r hyn a oedd ar agor o’r blaen</translation>
    </message>
    <message>
        <source>Cells changed since the file was opened; File → Export… writes them</source>
        <translation>Celloedd a newidiwyd ers agor y ffeil; mae Ffeil → Allforio… yn eu hysgrifennu</translation>
    </message>
    <message>
        <source>&amp;Follow Reference</source>
        <translation>&amp;Dilyn Cyfeirnod</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Agor %1</translation>
    </message>
    <message>
        <source>Loading %1</source>
        <translation>Yn llwytho %1</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>Agor Set Ddata</translation>
    </message>
    <message>
        <source>%1 — Plumbline</source>
        <translation>%1 — Plumbline</translation>
    </message>
    <message>
        <source>%1[*] — Plumbline</source>
        <translation>%1[*] — Plumbline</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edited cell(s)</source>
        <translation>
            <numerusform>dim celloedd wedi’u golygu</numerusform>
            <numerusform>%Ln gell wedi’i golygu</numerusform>
            <numerusform>%Ln cell wedi’u golygu</numerusform>
            <numerusform>%Ln cell wedi’u golygu</numerusform>
            <numerusform>%Ln cell wedi’u golygu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) of %1 were edited and not exported.</source>
        <translation>
            <numerusform>Ni olygwyd unrhyw gell yn %1.</numerusform>
            <numerusform>Golygwyd %Ln gell yn %1 ac nid yw wedi’i hallforio.</numerusform>
            <numerusform>Golygwyd %Ln cell yn %1 ac nid ydynt wedi’u hallforio.</numerusform>
            <numerusform>Golygwyd %Ln cell yn %1 ac nid ydynt wedi’u hallforio.</numerusform>
            <numerusform>Golygwyd %Ln cell yn %1 ac nid ydynt wedi’u hallforio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export them first (File → Export…), or discard them?</source>
        <translation>Eu hallforio’n gyntaf (Ffeil → Allforio…), neu eu taflu?</translation>
    </message>
    <message>
        <source>Showing the first rows — loading %1</source>
        <translation>Yn dangos y rhesi cyntaf — yn llwytho %1</translation>
    </message>
    <message>
        <source>Could not open file</source>
        <translation>Methu agor y ffeil</translation>
    </message>
    <message>
        <source>Plumbline could not open %1.</source>
        <translation>Ni allai Plumbline agor %1.</translation>
    </message>
    <message>
        <source>Loading canceled; nothing was changed.</source>
        <translation>Diddymwyd y llwytho; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Quit Plumbline</source>
        <translation>Gadael Plumbline</translation>
    </message>
    <message>
        <source>Show or hide the list of findings</source>
        <translation>Dangos neu guddio’r rhestr o ganfyddiadau</translation>
    </message>
    <message>
        <source>Column &amp;Profile</source>
        <translation>&amp;Proffil Colofn</translation>
    </message>
    <message>
        <source>Show what the current column holds: types, blanks, top values, shapes</source>
        <translation>Dangos beth sydd yn y golofn gyfredol: mathau, bylchau, y gwerthoedd mwyaf cyffredin, siapiau</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <source>Show charts of the findings, the completeness of each column and the data&apos;s own mix</source>
        <translation>Dangos siartiau o’r canfyddiadau, cyflawnder pob colofn a chymysgedd y data ei hun</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>&amp;Rheolau</translation>
    </message>
    <message>
        <source>Show the rules that validate the file: switch them on or off, change severities</source>
        <translation>Dangos y rheolau sy’n dilysu’r ffeil: eu troi ymlaen neu i ffwrdd, newid eu difrifoldeb</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Rhagor o offer</translation>
    </message>
    <message>
        <source>Freeze &amp;Key Column</source>
        <translation>Rh&amp;ewi’r Golofn Allweddol</translation>
    </message>
    <message>
        <source>Keep the key column (reference, id) in view while scrolling right</source>
        <translation>Cadw’r golofn allweddol (cyfeirnod, id) yn y golwg wrth sgrolio i’r dde</translation>
    </message>
    <message>
        <source>Show &amp;Invisible Characters</source>
        <translation>Dangos Nodau Anweled&amp;ig</translation>
    </message>
    <message>
        <source>Show spaces at the ends of values and non-breaking spaces as visible marks</source>
        <translation>Dangos bylchau ar ddiwedd gwerthoedd, a bylchau heb doriad, fel marciau gweladwy</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Lliwiau</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dilyn y &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Golau</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tywyll</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Rhesi a ddangosir</translation>
    </message>
    <message>
        <source>Rows shown by the row filter, of all the table&apos;s rows</source>
        <translation>Y rhesi a ddangosir gan yr hidlydd rhesi, o holl resi’r tabl</translation>
    </message>
    <message>
        <source>Show the project&apos;s validation runs: counts per rule and the trend over time</source>
        <translation>Dangos rhediadau dilysu’r prosiect: cyfrifon fesul rheol a’r duedd dros amser</translation>
    </message>
    <message>
        <source>%1 (read-only) — Plumbline</source>
        <translation>%1 (darllen yn unig) — Plumbline</translation>
    </message>
    <message>
        <source>Run&amp;s</source>
        <translation>Rhediada&amp;u</translation>
    </message>
</context>
<context>
    <name>plumbline::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Cau’r neges hon</translation>
    </message>
</context>
<context>
    <name>plumbline::PaneFocus</name>
    <message>
        <source>&amp;Next Pane</source>
        <translation>Y Cwarel &amp;Nesaf</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: table, findings, history</source>
        <translation>Symud ffocws y bysellfwrdd i’r cwarel nesaf: tabl, canfyddiadau, hanes</translation>
    </message>
    <message>
        <source>P&amp;revious Pane</source>
        <translation>Y Cwarel &amp;Blaenorol</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous pane</source>
        <translation>Symud ffocws y bysellfwrdd i’r cwarel blaenorol</translation>
    </message>
</context>
<context>
    <name>plumbline::ProfileDock</name>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <source>Enter or double-click shows the rows with it in the grid</source>
        <translation>Mae Enter neu glicio ddwywaith yn dangos y rhesi sydd ag ef yn y grid</translation>
    </message>
    <message>
        <source>Column Profile</source>
        <translation>Proffil Colofn</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Cyflawnder</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Math:</translation>
    </message>
    <message>
        <source>Filled:</source>
        <translation>Wedi’u llenwi:</translation>
    </message>
    <message>
        <source>Distinct:</source>
        <translation>Gwahanol:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Amrediad:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Gwerthoedd</translation>
    </message>
    <message>
        <source>Top value</source>
        <translation>Y gwerth mwyaf cyffredin</translation>
    </message>
    <message>
        <source>Top values</source>
        <translation>Y gwerthoedd mwyaf cyffredin</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Siâp</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Siapiau</translation>
    </message>
    <message>
        <source>Enter or double-click on a value, a shape or a bar shows its rows in the grid.</source>
        <translation>Mae Enter neu glicio ddwywaith ar werth, siâp neu far yn dangos ei resi yn y grid.</translation>
    </message>
    <message>
        <source>Choose a cell: its column is profiled here.</source>
        <translation>Dewiswch gell: dangosir proffil ei cholofn yma.</translation>
    </message>
    <message>
        <source>Open a file to profile its columns.</source>
        <translation>Agorwch ffeil i broffilio ei cholofnau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — profiling…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — yn proffilio…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Profile of the column %1</source>
        <translation>Proffil y golofn %1</translation>
    </message>
    <message>
        <source>every cell is blank</source>
        <translation>mae pob cell yn wag</translation>
    </message>
    <message>
        <source>text (no other type fits most values)</source>
        <translation>testun (nid oes math arall yn gweddu i’r rhan fwyaf o’r gwerthoedd)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 values fit (%4%)</source>
        <translation>%1: mae %2 o %3 gwerth yn gweddu (%4%)</translation>
    </message>
    <message>
        <source>%1% — %2 of %3 cells, %4 blank</source>
        <translation>%1% — %2 o %3 cell, %4 yn wag</translation>
    </message>
    <message>
        <source>%1 (every value is different)</source>
        <translation>%1 (mae pob gwerth yn wahanol)</translation>
    </message>
    <message>
        <source>%1 … %2, median %3</source>
        <translation>%1 … %2, canolrif %3</translation>
    </message>
    <message>
        <source>(numbers and dates only)</source>
        <translation>(rhifau a dyddiadau yn unig)</translation>
    </message>
    <message>
        <source>Values shaped %1: 9 a digit, A a capital, a a small letter</source>
        <translation>Gwerthoedd o’r siâp %1: 9 yw digid, A yw priflythyren, a yw llythyren fach</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Dosbarthiad</translation>
    </message>
    <message>
        <source>Values by month</source>
        <translation>Gwerthoedd fesul mis</translation>
    </message>
    <message>
        <source>Values by year</source>
        <translation>Gwerthoedd fesul blwyddyn</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rhesi</translation>
    </message>
    <message>
        <source>No values to chart</source>
        <translation>Dim gwerthoedd i’w siartio</translation>
    </message>
    <message>
        <source>%1 shaped %2</source>
        <translation>%1 o’r siâp %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
</context>
<context>
    <name>plumbline::ProjectController</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>Prosiect &amp;Newydd…</translation>
    </message>
    <message>
        <source>Make a review project of the open file: every edit, decision and run is kept in it</source>
        <translation>Gwneud prosiect adolygu o’r ffeil agored: cedwir pob golygiad, penderfyniad a rhediad ynddo</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>Agor &amp;Prosiect…</translation>
    </message>
    <message>
        <source>Open a review project (.plumbline)</source>
        <translation>Agor prosiect adolygu (.plumbline)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Agor Prosiect</translation>
    </message>
    <message>
        <source>Plumbline projects (*.plumbline);;All files (*)</source>
        <translation>Prosiectau Plumbline (*.plumbline);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Ca&amp;dw</translation>
    </message>
    <message>
        <source>A project is saved as you work; a plain file can become a project</source>
        <translation>Caiff prosiect ei gadw wrth i chi weithio; gall ffeil gyffredin ddod yn brosiect</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Cadw’r Prosiect &amp;Fel…</translation>
    </message>
    <message>
        <source>Copy the project to another file and go on working there</source>
        <translation>Copïo’r prosiect i ffeil arall a pharhau i weithio yno</translation>
    </message>
    <message>
        <source>Write a review report (HTML or JSON): findings, decisions, runs and edits</source>
        <translation>Ysgrifennu adroddiad adolygu (HTML neu JSON): canfyddiadau, penderfyniadau, rhediadau a golygiadau</translation>
    </message>
    <message>
        <source>Opening canceled.</source>
        <translation>Diddymwyd yr agor.</translation>
    </message>
    <message>
        <source>%1 is already open in this window.</source>
        <translation>Mae %1 eisoes ar agor yn y ffenestr hon.</translation>
    </message>
    <message>
        <source>Opening project %1…</source>
        <translation>Yn agor y prosiect %1…</translation>
    </message>
    <message>
        <source>Opened project %1.</source>
        <translation>Agorwyd y prosiect %1.</translation>
    </message>
    <message>
        <source>Could not open project</source>
        <translation>Methu agor y prosiect</translation>
    </message>
    <message>
        <source>Plumbline could not open the project %1.</source>
        <translation>Ni allai Plumbline agor y prosiect %1.</translation>
    </message>
    <message>
        <source>The project could not be written: %1 Your edits are kept in memory until it works again.</source>
        <translation>Methwyd ysgrifennu’r prosiect: %1 Cedwir eich golygiadau yn y cof nes y bydd yn gweithio eto.</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2. Save Project As… makes a copy you can work in.</source>
        <translation>Mae %1 ar agor i’w ddarllen yn unig oherwydd %2. Mae Cadw’r Prosiect Fel… yn gwneud copi y gallwch weithio ynddo.</translation>
    </message>
    <message>
        <source>Source changed on disk: %1.</source>
        <translation>Newidiodd y ffynhonnell ar y ddisg: %1.</translation>
    </message>
    <message>
        <source>Re-import…</source>
        <translation>Ailfewnforio…</translation>
    </message>
    <message>
        <source>Start a project for %1? A project keeps every edit as you make it, the findings you waive and the validation runs, and survives closing the window.</source>
        <translation>Dechrau prosiect ar gyfer %1? Mae prosiect yn cadw pob golygiad wrth i chi ei wneud, y canfyddiadau a hepgorwch a’r rhediadau dilysu, ac mae’n goroesi cau’r ffenestr.</translation>
    </message>
    <message>
        <source>&amp;Start a Project</source>
        <translation>&amp;Dechrau Prosiect</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nid Nawr</translation>
    </message>
    <message>
        <source>Runs are kept in a project: File → New Project… starts one.</source>
        <translation>Cedwir rhediadau mewn prosiect: mae Ffeil → Prosiect Newydd… yn dechrau un.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in the first run of this project</source>
        <translation>
            <numerusform>dim canfyddiadau yn rhediad cyntaf y prosiect hwn</numerusform>
            <numerusform>%n canfyddiad yn rhediad cyntaf y prosiect hwn</numerusform>
            <numerusform>%n ganfyddiad yn rhediad cyntaf y prosiect hwn</numerusform>
            <numerusform>%n chanfyddiad yn rhediad cyntaf y prosiect hwn</numerusform>
            <numerusform>%n canfyddiad yn rhediad cyntaf y prosiect hwn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 resolved since %3</source>
        <translation>%1 newydd, %2 wedi’u datrys ers %3</translation>
    </message>
    <message>
        <source>Show &amp;Runs</source>
        <translation>Dangos y &amp;Rhediadau</translation>
    </message>
    <message>
        <source>Plumbline projects (*.plumbline)</source>
        <translation>Prosiectau Plumbline (*.plumbline)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Prosiect Newydd</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Cadw’r Prosiect Fel</translation>
    </message>
    <message>
        <source>%1 is the project already open.</source>
        <translation>%1 yw’r prosiect sydd eisoes ar agor.</translation>
    </message>
    <message>
        <source>Could not save project</source>
        <translation>Methu cadw’r prosiect</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>Mae %1 yn bodoli ac ni ellir ei ddisodli.</translation>
    </message>
    <message>
        <source>Saved the project %1: every change is now kept in it as you make it.</source>
        <translation>Cadwyd y prosiect %1: bellach cedwir pob newid ynddo wrth i chi ei wneud.</translation>
    </message>
    <message>
        <source>%1 is read-only; Save Project As… makes a copy you can work in.</source>
        <translation>Mae %1 i’w ddarllen yn unig; mae Cadw’r Prosiect Fel… yn gwneud copi y gallwch weithio ynddo.</translation>
    </message>
    <message>
        <source>Nothing to save: every change is already in %1 (projects are saved as you work).</source>
        <translation>Dim i’w gadw: mae pob newid eisoes yn %1 (caiff prosiectau eu cadw wrth i chi weithio).</translation>
    </message>
    <message>
        <source>Validate the data first (F5): the report lists the findings.</source>
        <translation>Dilyswch y data yn gyntaf (F5): mae’r adroddiad yn rhestru’r canfyddiadau.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Allforio Adroddiad</translation>
    </message>
    <message>
        <source>Could not export report</source>
        <translation>Methu allforio’r adroddiad</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Methwyd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Wrote the review report %1.</source>
        <translation>Ysgrifennwyd yr adroddiad adolygu %1.</translation>
    </message>
    <message>
        <source>Start a Project</source>
        <translation>Dechrau Prosiect</translation>
    </message>
    <message>
        <source>Start a project for this file now?</source>
        <translation>Dechrau prosiect ar gyfer y ffeil hon nawr?</translation>
    </message>
    <message>
        <source>&amp;Start a Project…</source>
        <translation>&amp;Dechrau Prosiect…</translation>
    </message>
    <message>
        <source>%1 is read-only: decisions cannot be recorded.</source>
        <translation>Mae %1 i’w ddarllen yn unig: ni ellir cofnodi penderfyniadau.</translation>
    </message>
    <message>
        <source>Decisions about findings are kept in a review project, so that they are remembered when the file is validated again or opened by a colleague.</source>
        <translation>Cedwir penderfyniadau am ganfyddiadau mewn prosiect adolygu, fel y cânt eu cofio pan gaiff y ffeil ei dilysu eto neu ei hagor gan gydweithiwr.</translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation>Methu cofnodi’r penderfyniad</translation>
    </message>
    <message numerus="yes">
        <source>Waived %n finding(s).</source>
        <translation>
            <numerusform>Ni hepgorwyd unrhyw ganfyddiad.</numerusform>
            <numerusform>Hepgorwyd %n canfyddiad.</numerusform>
            <numerusform>Hepgorwyd %n ganfyddiad.</numerusform>
            <numerusform>Hepgorwyd %n chanfyddiad.</numerusform>
            <numerusform>Hepgorwyd %n canfyddiad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n finding(s) as false positive.</source>
        <translation>
            <numerusform>Ni farciwyd unrhyw ganfyddiad yn bositif ffug.</numerusform>
            <numerusform>Marciwyd %n canfyddiad yn bositif ffug.</numerusform>
            <numerusform>Marciwyd %n ganfyddiad yn bositif ffug.</numerusform>
            <numerusform>Marciwyd %n chanfyddiad yn bositif ffug.</numerusform>
            <numerusform>Marciwyd %n canfyddiad yn bositif ffug.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n finding(s).</source>
        <translation>
            <numerusform>Ni ailagorwyd unrhyw ganfyddiad.</numerusform>
            <numerusform>Ailagorwyd %n canfyddiad.</numerusform>
            <numerusform>Ailagorwyd %n ganfyddiad.</numerusform>
            <numerusform>Ailagorwyd %n chanfyddiad.</numerusform>
            <numerusform>Ailagorwyd %n canfyddiad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of cells is kept in a review project: File → New Project… starts one, and every edit from then on is listed here.</source>
        <translation>Cedwir hanes celloedd mewn prosiect adolygu: mae Ffeil → Prosiect Newydd… yn dechrau un, a rhestrir pob golygiad o hynny ymlaen yma.</translation>
    </message>
    <message>
        <source>This cell has not been changed in this project.</source>
        <translation>Ni newidiwyd y gell hon yn y prosiect hwn.</translation>
    </message>
    <message>
        <source>Expor&amp;t Report…</source>
        <translation>Allforio Adrodd&amp;iad…</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Adroddiad HTML (*.html)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Adroddiad JSON (*.json)</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pr&amp;osiect</translation>
    </message>
    <message>
        <source>Read the changed file again and carry your edits and decisions over</source>
        <translation>Darllen y ffeil a newidiwyd eto a chario’ch golygiadau a’ch penderfyniadau drosodd</translation>
    </message>
    <message>
        <source>A read-only project cannot be re-imported: Save Project As… makes a copy first</source>
        <translation>Ni ellir ailfewnforio prosiect sydd i’w ddarllen yn unig: mae Cadw’r Prosiect Fel… yn gwneud copi yn gyntaf</translation>
    </message>
    <message>
        <source>The project could not be written.</source>
        <translation>Nid oedd modd ysgrifennu’r prosiect.</translation>
    </message>
    <message>
        <source>Saving project %1…</source>
        <translation>Yn cadw’r prosiect %1…</translation>
    </message>
    <message>
        <source>Another file was opened while the project was saved.</source>
        <translation>Agorwyd ffeil arall tra oedd y prosiect yn cael ei gadw.</translation>
    </message>
    <message>
        <source>The project was not saved: Plumbline was closing.</source>
        <translation>Ni chadwyd y prosiect: roedd Plumbline yn cau.</translation>
    </message>
</context>
<context>
    <name>plumbline::QualityStatus</name>
    <message>
        <source>Quality: level %1 of 4</source>
        <translation>Ansawdd: lefel %1 o 4</translation>
    </message>
    <message>
        <source>planning.data.gov.uk quality level %1 of 4: %2.</source>
        <translation>Lefel ansawdd planning.data.gov.uk: %1 o 4: %2.</translation>
    </message>
    <message>
        <source>To reach the next level, fix:</source>
        <translation>I gyrraedd y lefel nesaf, cywirwch:</translation>
    </message>
</context>
<context>
    <name>plumbline::RecentFiles</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Clirio’r Ddewislen</translation>
    </message>
</context>
<context>
    <name>plumbline::RecordMergeDialog</name>
    <message>
        <source>Merge Records – %1</source>
        <translation>Uno Cofnodion – %1</translation>
    </message>
    <message>
        <source>Check that these are one and the same. The record on the left is kept; the other is deleted, and everything that refers to it will refer to the kept one.</source>
        <translation>Gwiriwch mai’r un peth yw’r rhain. Cedwir y cofnod ar y chwith; dilëir y llall, a bydd popeth sy’n cyfeirio ato yn cyfeirio at yr un a gedwir.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Wedi’i uno iddo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>The two records side by side</source>
        <translation>Y ddau gofnod ochr yn ochr</translation>
    </message>
    <message>
        <source>What else the merge changes</source>
        <translation>Beth arall y mae’r uno’n ei newid</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Uno</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Uno’r ddau gofnod</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Cyfnewid</translation>
    </message>
    <message>
        <source>Keep the other record instead</source>
        <translation>Cadw’r cofnod arall yn lle hynny</translation>
    </message>
    <message>
        <source>Both records have a value here. Tick to keep this one instead.</source>
        <translation>Mae gwerth gan y ddau gofnod yma. Ticiwch i gadw’r un hwn yn lle hynny.</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>gwrthdaro</translation>
    </message>
    <message>
        <source>filled from the other record</source>
        <translation>wedi’i lenwi o’r cofnod arall</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) filled from the other record, %1 conflict(s).</source>
        <translation>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
            <numerusform>%n maes wedi’u llenwi o’r cofnod arall, %1 gwrthdaro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1.%2: %n reference(s) to %3 will name %4.</source>
        <translation>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
            <numerusform>%1.%2: bydd %n cyfeirnod at %3 yn enwi %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is kept as an identifier of %2 (scheme %3).</source>
        <translation>Cedwir %1 fel dynodydd %2 (cynllun %3).</translation>
    </message>
</context>
<context>
    <name>plumbline::ReferenceNavigator</name>
    <message>
        <source>%1 — Ctrl+click or F12 to go to the %2 (%3.%4)</source>
        <translation>%1 — Ctrl+clic neu F12 i fynd i’r %2 (%3.%4)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Mynd i %1</translation>
    </message>
    <message>
        <source>This cell does not refer to another table.</source>
        <translation>Nid yw’r gell hon yn cyfeirio at dabl arall.</translation>
    </message>
    <message>
        <source>This %1 is empty: there is no %2 to go to.</source>
        <translation>Mae’r %1 hwn yn wag: nid oes %2 i fynd iddo.</translation>
    </message>
    <message>
        <source>Indexing %1.%2 (%L3 rows) to follow references…</source>
        <translation>Yn mynegeio %1.%2 (%L3 rhes) i ddilyn cyfeirnodau…</translation>
    </message>
    <message>
        <source>Dangling reference: no %1 has %2 “%3” (%4.%5 → %6.%7).</source>
        <translation>Cyfeirnod crog: nid oes gan unrhyw %1 %2 “%3” (%4.%5 → %6.%7).</translation>
    </message>
    <message>
        <source>%1 %2 “%3” is row %L4 of %5 — Alt+Left goes back.</source>
        <translation>%1 %2 “%3” yw rhes %L4 o %5 — mae Alt+Left yn mynd yn ôl.</translation>
    </message>
    <message>
        <source>Nothing to go back to.</source>
        <translation>Does dim i fynd yn ôl ato.</translation>
    </message>
</context>
<context>
    <name>plumbline::ReimportSummaryDialog</name>
    <message>
        <source>Source Re-imported</source>
        <translation>Ffynhonnell wedi’i Hailfewnforio</translation>
    </message>
    <message>
        <source>Re-imported %1 into %2.</source>
        <translation>Ailfewnforiwyd %1 i %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) carried over</source>
        <translation>
            <numerusform>%n golygiad wedi’i gario drosodd</numerusform>
            <numerusform>%n golygiad wedi’i gario drosodd</numerusform>
            <numerusform>%n golygiad wedi’i gario drosodd</numerusform>
            <numerusform>%n golygiad wedi’i gario drosodd</numerusform>
            <numerusform>%n golygiad wedi’i gario drosodd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the new file</source>
        <translation>
            <numerusform>%n eisoes yn y ffeil newydd</numerusform>
            <numerusform>%n eisoes yn y ffeil newydd</numerusform>
            <numerusform>%n eisoes yn y ffeil newydd</numerusform>
            <numerusform>%n eisoes yn y ffeil newydd</numerusform>
            <numerusform>%n eisoes yn y ffeil newydd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted row(s) deleted again</source>
        <translation>
            <numerusform>%n rhes a ddilëwyd wedi’i dileu eto</numerusform>
            <numerusform>%n rhes a ddilëwyd wedi’i dileu eto</numerusform>
            <numerusform>%n rhes a ddilëwyd wedi’i dileu eto</numerusform>
            <numerusform>%n rhes a ddilëwyd wedi’i dileu eto</numerusform>
            <numerusform>%n rhes a ddilëwyd wedi’i dileu eto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) about findings followed their records</source>
        <translation>
            <numerusform>Dilynodd %n penderfyniad am ganfyddiadau eu cofnodion</numerusform>
            <numerusform>Dilynodd %n penderfyniad am ganfyddiadau eu cofnodion</numerusform>
            <numerusform>Dilynodd %n penderfyniad am ganfyddiadau eu cofnodion</numerusform>
            <numerusform>Dilynodd %n penderfyniad am ganfyddiadau eu cofnodion</numerusform>
            <numerusform>Dilynodd %n penderfyniad am ganfyddiadau eu cofnodion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped with their rows</source>
        <translation>
            <numerusform>%n wedi’u gollwng gyda’u rhesi</numerusform>
            <numerusform>%n wedi’u gollwng gyda’u rhesi</numerusform>
            <numerusform>%n wedi’u gollwng gyda’u rhesi</numerusform>
            <numerusform>%n wedi’u gollwng gyda’u rhesi</numerusform>
            <numerusform>%n wedi’u gollwng gyda’u rhesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Records of %1 were matched by row position (the table has no key column).</source>
        <translation>Parwyd cofnodion %1 yn ôl safle’r rhes (nid oes gan y tabl golofn allwedd).</translation>
    </message>
    <message>
        <source>Records of %1 were matched on %2.</source>
        <translation>Parwyd cofnodion %1 ar %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) repeated: their records were paired in file order.</source>
        <translation>
            <numerusform>%n allwedd wedi’u hailadrodd: parwyd eu cofnodion yn nhrefn y ffeil.</numerusform>
            <numerusform>%n allwedd wedi’u hailadrodd: parwyd eu cofnodion yn nhrefn y ffeil.</numerusform>
            <numerusform>%n allwedd wedi’u hailadrodd: parwyd eu cofnodion yn nhrefn y ffeil.</numerusform>
            <numerusform>%n allwedd wedi’u hailadrodd: parwyd eu cofnodion yn nhrefn y ffeil.</numerusform>
            <numerusform>%n allwedd wedi’u hailadrodd: parwyd eu cofnodion yn nhrefn y ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every edit was carried over.</source>
        <translation>Cariwyd pob golygiad drosodd.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be carried over; they are listed below.</source>
        <translation>
            <numerusform>Nid oedd modd cario %n golygiad drosodd; fe’u rhestrir isod.</numerusform>
            <numerusform>Nid oedd modd cario %n golygiad drosodd; fe’u rhestrir isod.</numerusform>
            <numerusform>Nid oedd modd cario %n golygiad drosodd; fe’u rhestrir isod.</numerusform>
            <numerusform>Nid oedd modd cario %n golygiad drosodd; fe’u rhestrir isod.</numerusform>
            <numerusform>Nid oedd modd cario %n golygiad drosodd; fe’u rhestrir isod.</numerusform>
        </translation>
    </message>
    <message>
        <source>The carried-over edits are one step in the undo history: Undo shows the new file as it is.</source>
        <translation>Mae’r golygiadau a gariwyd drosodd yn un cam yn yr hanes dadwneud: mae Dadwneud yn dangos y ffeil newydd fel y mae.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygiad</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pam lai</translation>
    </message>
    <message>
        <source>Edits not carried over</source>
        <translation>Golygiadau na chariwyd drosodd</translation>
    </message>
    <message>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n inserted row(s) inserted again</source>
        <translation>
            <numerusform>%n rhes a fewnosodwyd wedi’i mewnosod eto</numerusform>
            <numerusform>%n rhes a fewnosodwyd wedi’i mewnosod eto</numerusform>
            <numerusform>%n rhes a fewnosodwyd wedi’i mewnosod eto</numerusform>
            <numerusform>%n rhes a fewnosodwyd wedi’i mewnosod eto</numerusform>
            <numerusform>%n rhes a fewnosodwyd wedi’i mewnosod eto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added column(s) added again</source>
        <translation>
            <numerusform>%n colofn a ychwanegwyd wedi’i hychwanegu eto</numerusform>
            <numerusform>%n colofn a ychwanegwyd wedi’i hychwanegu eto</numerusform>
            <numerusform>%n colofn a ychwanegwyd wedi’i hychwanegu eto</numerusform>
            <numerusform>%n colofn a ychwanegwyd wedi’i hychwanegu eto</numerusform>
            <numerusform>%n colofn a ychwanegwyd wedi’i hychwanegu eto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::RowFilterBar</name>
    <message>
        <source>Row filter</source>
        <translation>Hidlydd rhesi</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Hidlo</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Da&amp;ngos:</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Dangos rhesi</translation>
    </message>
    <message>
        <source>Which rows the grid shows</source>
        <translation>Pa resi y mae’r grid yn eu dangos</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Pob rhes</translation>
    </message>
    <message>
        <source>Rows with findings</source>
        <translation>Rhesi â chanfyddiadau</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Rhesi â gwallau</translation>
    </message>
    <message>
        <source>Rows with warnings</source>
        <translation>Rhesi â rhybuddion</translation>
    </message>
    <message>
        <source>Rows with notices</source>
        <translation>Rhesi â hysbysiadau</translation>
    </message>
    <message>
        <source>Rows with info</source>
        <translation>Rhesi â gwybodaeth</translation>
    </message>
    <message>
        <source>Rows with findings of the rule…</source>
        <translation>Rhesi â chanfyddiadau’r rheol…</translation>
    </message>
    <message>
        <source>Rows with findings in the column…</source>
        <translation>Rhesi â chanfyddiadau yn y golofn…</translation>
    </message>
    <message>
        <source>Rule or column</source>
        <translation>Rheol neu golofn</translation>
    </message>
    <message>
        <source>Search rows (Ctrl+F)</source>
        <translation>Chwilio rhesi (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Chwilio rhesi</translation>
    </message>
    <message>
        <source>Show the rows whose cells contain this text (or match this regular expression)</source>
        <translation>Dangos y rhesi y mae eu celloedd yn cynnwys y testun hwn (neu’n cyfateb i’r mynegiad rheolaidd hwn)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio’r chwiliad</translation>
    </message>
    <message>
        <source>&amp;in</source>
        <translation>&amp;yn</translation>
    </message>
    <message>
        <source>Search in column</source>
        <translation>Chwilio yn y golofn</translation>
    </message>
    <message>
        <source>Regular expression (RE2)</source>
        <translation>Mynegiad rheolaidd (RE2)</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Cyfateb priflythrennau</translation>
    </message>
    <message>
        <source>Back to the table&apos;s own order</source>
        <translation>Yn ôl i drefn y tabl ei hun</translation>
    </message>
    <message>
        <source>Clear the sort</source>
        <translation>Clirio’r trefnu</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Dangos y Cyfan</translation>
    </message>
    <message>
        <source>Every row, in the table&apos;s order (Ctrl+Shift+F)</source>
        <translation>Pob rhes, yn nhrefn y tabl (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Sorting %1 rows…</source>
        <translation>Yn trefnu %1 rhes…</translation>
    </message>
    <message>
        <source>Filtering %1 rows…</source>
        <translation>Yn hidlo %1 rhes…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rhes</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 o %2 rhes</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wrthi’n gweithio…</translation>
    </message>
    <message>
        <source>all columns</source>
        <translation>pob colofn</translation>
    </message>
    <message>
        <source>Sorted by %1, descending</source>
        <translation>Wedi’u trefnu yn ôl %1, disgynnol</translation>
    </message>
    <message>
        <source>Sorted by %1, ascending</source>
        <translation>Wedi’u trefnu yn ôl %1, esgynnol</translation>
    </message>
    <message>
        <source>(validate first)</source>
        <translation>(dilyswch yn gyntaf)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>rows with findings</source>
        <translation>rhesi â chanfyddiadau</translation>
    </message>
    <message>
        <source>rows with errors</source>
        <translation>rhesi â gwallau</translation>
    </message>
    <message>
        <source>rows with warnings</source>
        <translation>rhesi â rhybuddion</translation>
    </message>
    <message>
        <source>rows with notices</source>
        <translation>rhesi â hysbysiadau</translation>
    </message>
    <message>
        <source>rows with info</source>
        <translation>rhesi â gwybodaeth</translation>
    </message>
    <message>
        <source>rows with %1</source>
        <translation>rhesi â %1</translation>
    </message>
    <message>
        <source>rows with findings in %1</source>
        <translation>rhesi â chanfyddiadau yn %1</translation>
    </message>
    <message>
        <source>Rows where %1; click to remove this condition</source>
        <translation>Rhesi lle %1; cliciwch i ddileu’r amod hwn</translation>
    </message>
    <message>
        <source>Remove the condition %1</source>
        <translation>Dileu’r amod %1</translation>
    </message>
</context>
<context>
    <name>plumbline::RowViewModel</name>
    <message>
        <source>The search “%1” is not a valid regular expression.</source>
        <translation>Nid yw’r chwiliad “%1” yn fynegiad rheolaidd dilys.</translation>
    </message>
</context>
<context>
    <name>plumbline::RuleEditorDialog</name>
    <message>
        <source>New Rule</source>
        <translation>Rheol Newydd</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Dynodydd y rheol</translation>
    </message>
    <message>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; unique among the rules that run together</source>
        <translation>Llythrennau, digidau, &apos;.&apos;, &apos;_&apos; neu &apos;-&apos;; yn unigryw ymhlith y rheolau sy’n rhedeg gyda’i gilydd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>What should be true, e.g. References follow our pattern</source>
        <translation>Beth ddylai fod yn wir, e.e. Mae cyfeirnodau’n dilyn ein patrwm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colofnau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>e.g. Reference &apos;{value}&apos; does not look like 23/01234/FUL.</source>
        <translation>e.e. Nid yw’r cyfeirnod &apos;{value}&apos; yn edrych fel 23/01234/FUL.</translation>
    </message>
    <message>
        <source>Placeholders: {value} {column} {value2} {column2} {detail} {suggestion} {key} {row}</source>
        <translation>Dalfannau: {value} {column} {value2} {column2} {detail} {suggestion} {key} {row}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Rule &amp;id:</source>
        <translation>&amp;Dynodydd y rheol:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Difrifolde&amp;b:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Gwiriad:</translation>
    </message>
    <message>
        <source>C&amp;olumns:</source>
        <translation>C&amp;olofnau:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Neges:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Disg&amp;rifiad:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramedrau</translation>
    </message>
    <message>
        <source>On the open file</source>
        <translation>Ar y ffeil agored</translation>
    </message>
    <message>
        <source>Example findings</source>
        <translation>Canfyddiadau enghreifftiol</translation>
    </message>
    <message>
        <source>The first rows the rule finds on the open file</source>
        <translation>Y rhesi cyntaf y mae’r rheol yn eu canfod yn y ffeil agored</translation>
    </message>
    <message>
        <source>Save the rule into your own rule pack</source>
        <translation>Cadw’r rheol yn eich pecyn rheolau eich hun</translation>
    </message>
    <message>
        <source>Change Rule %1</source>
        <translation>Newid Rheol %1</translation>
    </message>
    <message>
        <source>Edit Rule %1</source>
        <translation>Golygu Rheol %1</translation>
    </message>
    <message>
        <source>Your copy keeps the built-in rule&apos;s id, so it replaces that rule wherever its pack runs</source>
        <translation>Mae eich copi’n cadw dynodydd y rheol adeiledig, felly mae’n cymryd lle’r rheol honno lle bynnag y mae ei phecyn yn rhedeg</translation>
    </message>
    <message>
        <source>two columns, e.g. start-date, decision-date</source>
        <translation>dwy golofn, e.e. start-date, decision-date</translation>
    </message>
    <message>
        <source>column names separated by commas, or * for every column</source>
        <translation>enwau colofnau wedi’u gwahanu gan atalnodau, neu * ar gyfer pob colofn</translation>
    </message>
    <message>
        <source>Columns: %1 (names as in the file or the pack&apos;s logical names, separated by commas)</source>
        <translation>Colofnau: %1 (enwau fel yn y ffeil neu enwau rhesymegol y pecyn, wedi’u gwahanu gan atalnodau)</translation>
    </message>
    <message>
        <source>Open a file to try the rule on it.</source>
        <translation>Agorwch ffeil i roi cynnig ar y rheol arni.</translation>
    </message>
    <message>
        <source>Trying the rule on the open file…</source>
        <translation>Yn rhoi cynnig ar y rheol ar y ffeil agored…</translation>
    </message>
    <message>
        <source>The rule could not finish: %1</source>
        <translation>Ni allai’r rheol orffen: %1</translation>
    </message>
    <message>
        <source>The rule does not apply to this file: %1</source>
        <translation>Nid yw’r rheol yn berthnasol i’r ffeil hon: %1</translation>
    </message>
    <message>
        <source>No findings: every row meets the rule.</source>
        <translation>Dim canfyddiadau: mae pob rhes yn bodloni’r rheol.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) on the open file, standing for %1 rows.</source>
        <translation>
            <numerusform>%n canfyddiad ar y ffeil agored, yn cynrychioli %1 rhes.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored, yn cynrychioli %1 rhes.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored, yn cynrychioli %1 rhes.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored, yn cynrychioli %1 rhes.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored, yn cynrychioli %1 rhes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) on the open file.</source>
        <translation>
            <numerusform>%n canfyddiad ar y ffeil agored.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored.</numerusform>
            <numerusform>%n canfyddiad ar y ffeil agored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei chadw: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::RulePackMenu</name>
    <message>
        <source>Rule &amp;Pack</source>
        <translation>&amp;Pecyn Rheolau</translation>
    </message>
    <message>
        <source>&amp;Load Rule Pack…</source>
        <translation>&amp;Llwytho Pecyn Rheolau…</translation>
    </message>
    <message>
        <source>Validate with your own rule pack (a .json file; see the rule-pack reference)</source>
        <translation>Dilysu gyda’ch pecyn rheolau eich hun (ffeil .json; gweler y cyfeirlyfr pecynnau rheolau)</translation>
    </message>
    <message>
        <source>Load &amp;Table Schema…</source>
        <translation>Llwytho &amp;Sgema Tabl…</translation>
    </message>
    <message>
        <source>Also validate with a Frictionless Table Schema (its fields, constraints and keys)</source>
        <translation>Dilysu hefyd gyda Sgema Tabl Frictionless (ei feysydd, ei gyfyngiadau a’i allweddi)</translation>
    </message>
    <message>
        <source>Pack from &amp;Specification…</source>
        <translation>Pecyn o’r &amp;Fanyleb…</translation>
    </message>
    <message>
        <source>Make a rule pack from the planning.data.gov.uk specification tables (field.csv, dataset-field.csv, codelists)</source>
        <translation>Gwneud pecyn rheolau o dablau manyleb planning.data.gov.uk (field.csv, dataset-field.csv, rhestrau codau)</translation>
    </message>
    <message>
        <source>&amp;Automatic (chosen from the headers)</source>
        <translation>&amp;Awtomatig (wedi’i ddewis o’r penawdau)</translation>
    </message>
    <message>
        <source>&amp;Automatic (chosen from the headers: %1)</source>
        <translation>&amp;Awtomatig (wedi’i ddewis o’r penawdau: %1)</translation>
    </message>
    <message>
        <source>%1 (always on)</source>
        <translation>%1 (ymlaen bob amser)</translation>
    </message>
    <message>
        <source>%1 (from the Table Schema)</source>
        <translation>%1 (o’r Sgema Tabl)</translation>
    </message>
</context>
<context>
    <name>plumbline::RulePackPresenter</name>
    <message>
        <source>Stop validating; the data stays as it is</source>
        <translation>Rhoi’r gorau i ddilysu; mae’r data’n aros fel y mae</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Dilysu</translation>
    </message>
    <message>
        <source>Check the data against the rule pack and list what is wrong</source>
        <translation>Gwirio’r data yn erbyn y pecyn rheolau a rhestru’r hyn sydd o’i le</translation>
    </message>
    <message>
        <source>Validate &amp;After Loading</source>
        <translation>Dilysu ar ôl &amp;Llwytho</translation>
    </message>
    <message>
        <source>Validating %1</source>
        <translation>Yn dilysu %1</translation>
    </message>
    <message>
        <source>Validation canceled.</source>
        <translation>Diddymwyd y dilysu.</translation>
    </message>
    <message>
        <source>Validated with %1 in %2 s: %3.</source>
        <translation>Dilyswyd gyda %1 mewn %2 eiliad: %3.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Heb eu gwirio: %1</translation>
    </message>
    <message>
        <source>%1 (table %2): %3</source>
        <translation>%1 (tabl %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be checked, so their findings are incomplete: %1</source>
        <translation>
            <numerusform>Nid oedd modd gwirio %n rheol, felly mae eu canfyddiadau’n anghyflawn: %1</numerusform>
            <numerusform>Nid oedd modd gwirio %n rheol, felly mae eu canfyddiadau’n anghyflawn: %1</numerusform>
            <numerusform>Nid oedd modd gwirio %n rheol, felly mae eu canfyddiadau’n anghyflawn: %1</numerusform>
            <numerusform>Nid oedd modd gwirio %n rheol, felly mae eu canfyddiadau’n anghyflawn: %1</numerusform>
            <numerusform>Nid oedd modd gwirio %n rheol, felly mae eu canfyddiadau’n anghyflawn: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not validate</source>
        <translation>Methu dilysu</translation>
    </message>
    <message>
        <source>The rule pack could not be used.</source>
        <translation>Nid oedd modd defnyddio’r pecyn rheolau.</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>Llwytho Pecyn Rheolau</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>Pecynnau rheolau (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Load Table Schema</source>
        <translation>Llwytho Sgema Tabl</translation>
    </message>
    <message>
        <source>Table Schemas (*.json);;All files (*)</source>
        <translation>Sgemâu Tabl (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Specification Folder (field.csv, dataset-field.csv, codelists)</source>
        <translation>Ffolder y Fanyleb (field.csv, dataset-field.csv, rhestrau codau)</translation>
    </message>
    <message>
        <source>Pack from Specification</source>
        <translation>Pecyn o’r Fanyleb</translation>
    </message>
    <message>
        <source>dataset-field.csv in %1 names no dataset.</source>
        <translation>Nid yw dataset-field.csv yn %1 yn enwi unrhyw set ddata.</translation>
    </message>
    <message>
        <source>Dataset to check against:</source>
        <translation>Y set ddata i wirio yn ei herbyn:</translation>
    </message>
    <message>
        <source>The pack could not be written to %1: %2</source>
        <translation>Nid oedd modd ysgrifennu’r pecyn i %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pack from the specification: %1 (and %n more note(s))</source>
        <translation>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
            <numerusform>Pecyn o’r fanyleb: %1 (a %n nodyn arall)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::RuleParamForm</name>
    <message>
        <source>Parameters as JSON</source>
        <translation>Paramedrau fel JSON</translation>
    </message>
    <message>
        <source>Parameters (JSON):</source>
        <translation>Paramedrau (JSON):</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(heb ei osod)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(rhagosodiad: %1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>rhagosodiad: %1</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (gofynnol):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>This check has no parameters.</source>
        <translation>Nid oes gan y gwiriad hwn baramedrau.</translation>
    </message>
    <message>
        <source>The parameters are not a JSON object: %1.</source>
        <translation>Nid yw’r paramedrau’n wrthrych JSON: %1.</translation>
    </message>
</context>
<context>
    <name>plumbline::RulesDock</name>
    <message>
        <source>Rules</source>
        <translation>Rheolau</translation>
    </message>
    <message>
        <source>The rules that validate the file. Space switches the current rule on or off; its details are below.</source>
        <translation>Y rheolau sy’n dilysu’r ffeil. Mae Bylchwr yn troi’r rheol gyfredol ymlaen neu i ffwrdd; mae ei manylion isod.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwiriad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Severity of the current rule</source>
        <translation>Difrifoldeb y rheol gyfredol</translation>
    </message>
    <message>
        <source>Give the current rule another severity than its pack&apos;s</source>
        <translation>Rhoi difrifoldeb i’r rheol gyfredol sy’n wahanol i’r un yn ei phecyn</translation>
    </message>
    <message>
        <source>Rule details</source>
        <translation>Manylion y rheol</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>Difrifolde&amp;b:</translation>
    </message>
    <message>
        <source>Open a file to see its rules.</source>
        <translation>Agorwch ffeil i weld ei rheolau.</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Yn darllen y rheolau…</translation>
    </message>
    <message>
        <source>%1 (pack: %2)</source>
        <translation>%1 (pecyn: %2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>i ffwrdd</translation>
    </message>
    <message>
        <source>%L1 rules, all on. Untick a rule to switch it off.</source>
        <translation>%L1 rheol, pob un ymlaen. Dad-diciwch reol i’w diffodd.</translation>
    </message>
    <message>
        <source>%L1 rules, %L2 switched off.</source>
        <translation>%L1 rheol, %L2 wedi’u diffodd.</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Gwiriad:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Paramedrau:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Neges:</translation>
    </message>
    <message>
        <source>&amp;New Rule…</source>
        <translation>Rheol &amp;Newydd…</translation>
    </message>
    <message>
        <source>Write a rule of your own, tried on the open file before it is saved</source>
        <translation>Ysgrifennu rheol eich hun, a roddir ar brawf ar y ffeil agored cyn ei chadw</translation>
    </message>
    <message>
        <source>&amp;Edit Rule…</source>
        <translation>&amp;Golygu Rheol…</translation>
    </message>
    <message>
        <source>Change the current rule; a built-in rule is saved as your own copy</source>
        <translation>Newid y rheol gyfredol; caiff rheol adeiledig ei chadw fel eich copi eich hun</translation>
    </message>
    <message>
        <source>Fails on, for example:</source>
        <translation>Yn methu ar, er enghraifft:</translation>
    </message>
    <message>
        <source>From your own rule pack.</source>
        <translation>O’ch pecyn rheolau eich hun.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 rhes)</translation>
    </message>
    <message>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Dileu Rheol…</translation>
    </message>
    <message>
        <source>Delete the current rule from your own rule pack (built-in rules can be switched off instead)</source>
        <translation>Dileu’r rheol gyfredol o’ch pecyn rheolau eich hun (gellir diffodd rheolau adeiledig yn lle hynny)</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Dileu Rheol</translation>
    </message>
    <message>
        <source>Delete the rule %1 from your rule pack “%2”?</source>
        <translation>Dileu’r rheol %1 o’ch pecyn rheolau “%2”?</translation>
    </message>
    <message>
        <source>It is removed from the pack file at once and cannot be undone; the file is validated again without it.</source>
        <translation>Caiff ei thynnu o ffeil y pecyn ar unwaith ac ni ellir dadwneud hynny; caiff y ffeil ei dilysu eto hebddi.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>The rule could not be deleted: %1</source>
        <translation>Nid oedd modd dileu’r rheol: %1</translation>
    </message>
</context>
<context>
    <name>plumbline::RunHistoryModel</name>
    <message>
        <source>Rule packs: %1</source>
        <translation>Pecynnau rheolau: %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Rhediad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Gwallau</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Wedi’u datrys</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Wedi’u cuddio</translation>
    </message>
</context>
<context>
    <name>plumbline::RunsDock</name>
    <message>
        <source>Errors</source>
        <translation>Gwallau</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Rhybuddion</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Rhediadau</translation>
    </message>
    <message>
        <source>Validation runs</source>
        <translation>Rhediadau dilysu</translation>
    </message>
    <message>
        <source>The project&apos;s validation runs, newest first; choose one to see its counts per rule</source>
        <translation>Rhediadau dilysu’r prosiect, y mwyaf diweddar yn gyntaf; dewiswch un i weld ei gyfrifon fesul rheol</translation>
    </message>
    <message>
        <source>Findings per rule in the chosen run</source>
        <translation>Canfyddiadau fesul rheol yn y rhediad a ddewiswyd</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <source>Findings per severity over the runs</source>
        <translation>Canfyddiadau fesul difrifoldeb dros y rhediadau</translation>
    </message>
    <message>
        <source>Trend of findings per severity</source>
        <translation>Tuedd canfyddiadau fesul difrifoldeb</translation>
    </message>
    <message>
        <source>Runs are kept in a project: File → New Project… starts one.</source>
        <translation>Cedwir rhediadau mewn prosiect: mae Ffeil → Prosiect Newydd… yn dechrau un.</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Dim rhediadau eto</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Rhediad</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1… %2% {1:?} {2?}</translation>
    </message>
</context>
<context>
    <name>plumbline::ShortcutsWindow</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Llwybrau Byr y Bysellfwrdd</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
</context>
<context>
    <name>plumbline::SourceReimporter</name>
    <message>
        <source>&amp;Re-import Source…</source>
        <translation>&amp;Ailfewnforio’r Ffynhonnell…</translation>
    </message>
    <message>
        <source>Read the project&apos;s data again from a changed or another file, carrying your edits and decisions over</source>
        <translation>Darllen data’r prosiect eto o ffeil a newidiwyd neu o ffeil arall, gan gario’ch golygiadau a’ch penderfyniadau drosodd</translation>
    </message>
    <message>
        <source>Re-import Source</source>
        <translation>Ailfewnforio’r Ffynhonnell</translation>
    </message>
    <message>
        <source>Re-import canceled: %1 is as it was.</source>
        <translation>Diddymwyd yr ailfewnforio: mae %1 fel yr oedd.</translation>
    </message>
    <message>
        <source>%1 is read-only: Save Project As… makes a copy you can work in and re-import.</source>
        <translation>Mae %1 i’w ddarllen yn unig: mae Cadw’r Prosiect Fel… yn gwneud copi y gallwch weithio ynddo a’i ailfewnforio.</translation>
    </message>
    <message>
        <source>Re-importing carries a project&apos;s edits over: File → New Project… starts one.</source>
        <translation>Mae ailfewnforio yn cario golygiadau prosiect drosodd: mae Ffeil → Prosiect Newydd… yn dechrau un.</translation>
    </message>
    <message>
        <source>The source file %1 is not there any more. Choose the file to import.</source>
        <translation>Nid yw’r ffeil ffynhonnell %1 yno mwyach. Dewiswch y ffeil i’w mewnforio.</translation>
    </message>
    <message>
        <source>Re-importing %1…</source>
        <translation>Yn ailfewnforio %1…</translation>
    </message>
    <message>
        <source>Could not re-import</source>
        <translation>Methu ailfewnforio</translation>
    </message>
    <message>
        <source>The source could not be re-imported; %1 is as it was.</source>
        <translation>Nid oedd modd ailfewnforio’r ffynhonnell; mae %1 fel yr oedd.</translation>
    </message>
    <message>
        <source>Re-imported %1: %2 carried over, %3 not.</source>
        <translation>Ailfewnforiwyd %1: %2 wedi’u cario drosodd, %3 heb eu cario.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s)</source>
        <translation>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
            <numerusform>%n golygiad</numerusform>
        </translation>
    </message>
    <message>
        <source>The re-import ended while another file was open: open %1 to see it.</source>
        <translation>Daeth yr ailfewnforio i ben tra oedd ffeil arall ar agor: agorwch %1 i’w weld.</translation>
    </message>
    <message>
        <source>choose the file with File → Project → Re-import Source…</source>
        <translation>dewiswch y ffeil gyda Ffeil → Prosiect → Ailfewnforio’r Ffynhonnell…</translation>
    </message>
</context>
<context>
    <name>plumbline::SourceStatusWidget</name>
    <message>
        <source>Rows in the table</source>
        <translation>Rhesi yn y tabl</translation>
    </message>
    <message>
        <source>Columns in the table</source>
        <translation>Colofnau yn y tabl</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Amgodiad testun y ffeil</translation>
    </message>
    <message>
        <source>Field delimiter</source>
        <translation>Amffinydd meysydd</translation>
    </message>
    <message>
        <source>Line endings</source>
        <translation>Diweddiadau llinell</translation>
    </message>
    <message>
        <source>Time taken to read the file</source>
        <translation>Yr amser a gymerwyd i ddarllen y ffeil</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>hanner colon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>pibell</translation>
    </message>
    <message>
        <source> row</source>
        <translation> rhes</translation>
    </message>
    <message>
        <source> rows</source>
        <translation> rhes</translation>
    </message>
    <message>
        <source>first %1 shown</source>
        <translation>dangosir y %1 cyntaf</translation>
    </message>
    <message>
        <source> column</source>
        <translation> golofn</translation>
    </message>
    <message>
        <source> columns</source>
        <translation> colofn</translation>
    </message>
    <message>
        <source> (BOM)</source>
        <translation> (BOM)</translation>
    </message>
    <message>
        <source>loaded in %1 ms</source>
        <translation>llwythwyd mewn %1 ms</translation>
    </message>
    <message>
        <source>loaded in %1 s</source>
        <translation>llwythwyd mewn %1 eiliad</translation>
    </message>
</context>
<context>
    <name>plumbline::TableModel</name>
    <message>
        <source>… and %L1 more</source>
        <translation>… a %L1 arall</translation>
    </message>
    <message>
        <source>%1
Column %2, inferred type: %3</source>
        <translation>%1
Colofn %2, math a gasglwyd: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>gwag</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>cyfanrif</translation>
    </message>
    <message>
        <source>decimal</source>
        <translation>degolyn</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boole</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>datetime</source>
        <translation>dyddiad-amser</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source> [value: %1]</source>
        <translation> [gwerth: %1]</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s), the worst: %1</source>
        <translation>
            <numerusform>Dim canfyddiadau</numerusform>
            <numerusform>%Ln canfyddiad: %1</numerusform>
            <numerusform>%Ln canfyddiad, y gwaethaf: %1</numerusform>
            <numerusform>%Ln canfyddiad, y gwaethaf: %1</numerusform>
            <numerusform>%Ln canfyddiad, y gwaethaf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Dim canfyddiadau</translation>
    </message>
</context>
<context>
    <name>plumbline::TableTabs</name>
    <message>
        <source>(no table)</source>
        <translation>(dim tabl)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>%1: %L2 rows, %L3 columns</source>
        <translation>%1: %L2 rhes, %L3 colofn</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tabl %1</translation>
    </message>
    <message>
        <source>Empty table</source>
        <translation>Tabl gwag</translation>
    </message>
</context>
<context>
    <name>plumbline::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>%1… %2%</source>
        <translation>%1… %2%</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
</context>
<context>
    <name>plumbline::TransformDialog</name>
    <message>
        <source>Transform Column</source>
        <translation>Trawsnewid Colofn</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Gweithred</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Tocio bylchau</translation>
    </message>
    <message>
        <source>Tidy spaces (trim and collapse)</source>
        <translation>Tacluso bylchau (tocio a chywasgu)</translation>
    </message>
    <message>
        <source>UPPER CASE</source>
        <translation>PRIFLYTHRENNAU</translation>
    </message>
    <message>
        <source>lower case</source>
        <translation>llythrennau bach</translation>
    </message>
    <message>
        <source>Title Case</source>
        <translation>Priflythyren Ar Ddechrau Pob Gair</translation>
    </message>
    <message>
        <source>Replace (regular expression)</source>
        <translation>Disodli (mynegiad rheolaidd)</translation>
    </message>
    <message>
        <source>Split into columns</source>
        <translation>Hollti’n golofnau</translation>
    </message>
    <message>
        <source>Join columns</source>
        <translation>Cyfuno colofnau</translation>
    </message>
    <message>
        <source>Map values</source>
        <translation>Mapio gwerthoedd</translation>
    </message>
    <message>
        <source>Reformat dates</source>
        <translation>Ailfformatio dyddiadau</translation>
    </message>
    <message>
        <source>Point from coordinates</source>
        <translation>Pwynt o gyfesurynnau</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Gweithred:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Colofn:</translation>
    </message>
    <message>
        <source>Preview of the changes</source>
        <translation>Rhagolwg o’r newidiadau</translation>
    </message>
    <message>
        <source>&amp;Preview (the first rows that change):</source>
        <translation>&amp;Rhagolwg (y rhesi cyntaf sy’n newid):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Cymh&amp;wyso</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrwm</translation>
    </message>
    <message>
        <source>RE2, e.g. (\d{2})/(\d{2})/(\d{4})</source>
        <translation>RE2, e.e. (\d{2})/(\d{2})/(\d{4})</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Testun newydd</translation>
    </message>
    <message>
        <source>\1 … \9 are the groups, e.g. \3-\2-\1</source>
        <translation>\1 … \9 yw’r grwpiau, e.e. \3-\2-\1</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Cyfateb &amp;priflythrennau</translation>
    </message>
    <message>
        <source>&amp;Find pattern:</source>
        <translation>Patrwm c&amp;anfod:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Disodli gyda:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Gwahanydd</translation>
    </message>
    <message>
        <source>At most this many parts</source>
        <translation>Dim mwy na hyn o rannau</translation>
    </message>
    <message>
        <source>as many as there are</source>
        <translation>cynifer ag sydd</translation>
    </message>
    <message>
        <source>New column names</source>
        <translation>Enwau colofnau newydd</translation>
    </message>
    <message>
        <source>names separated by commas (optional)</source>
        <translation>enwau wedi’u gwahanu gan gomas (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>Gwa&amp;hanydd:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Uchafswm:</translation>
    </message>
    <message>
        <source>New column &amp;names:</source>
        <translation>&amp;Enwau colofnau newydd:</translation>
    </message>
    <message>
        <source>Columns to join</source>
        <translation>Colofnau i’w cyfuno</translation>
    </message>
    <message>
        <source>Join with</source>
        <translation>Cyfuno gyda</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>I mewn i</translation>
    </message>
    <message>
        <source>a new column</source>
        <translation>colofn newydd</translation>
    </message>
    <message>
        <source>New column name</source>
        <translation>Enw’r golofn newydd</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>wedi’u cyfuno</translation>
    </message>
    <message>
        <source>Co&amp;lumns:</source>
        <translation>Co&amp;lofnau:</translation>
    </message>
    <message>
        <source>Join &amp;with:</source>
        <translation>Cyfuno gy&amp;da:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;I mewn i:</translation>
    </message>
    <message>
        <source>New column &amp;name:</source>
        <translation>&amp;Enw’r golofn newydd:</translation>
    </message>
    <message>
        <source>Value map file</source>
        <translation>Ffeil mapio gwerthoedd</translation>
    </message>
    <message>
        <source>a CSV file: value, replacement</source>
        <translation>ffeil CSV: gwerth, gwerth newydd</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Value Map</source>
        <translation>Map Gwerthoedd</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv);;All files (*)</source>
        <translation>Ffeiliau CSV (*.csv *.tsv);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Value pairs</source>
        <translation>Parau gwerthoedd</translation>
    </message>
    <message>
        <source>one pair a line: Approve,granted</source>
        <translation>un pâr i bob llinell: Approve,granted</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>or &amp;pairs:</source>
        <translation>neu &amp;barau:</translation>
    </message>
    <message>
        <source>Read the dates</source>
        <translation>Darllen y dyddiadau</translation>
    </message>
    <message>
        <source>as the column writes them (detected)</source>
        <translation>fel y mae’r golofn yn eu hysgrifennu (wedi’i ganfod)</translation>
    </message>
    <message>
        <source>day first (dd/mm/yyyy)</source>
        <translation>y diwrnod yn gyntaf (dd/mm/bbbb)</translation>
    </message>
    <message>
        <source>month first (mm/dd/yyyy)</source>
        <translation>y mis yn gyntaf (mm/dd/bbbb)</translation>
    </message>
    <message>
        <source>in this pattern:</source>
        <translation>yn y patrwm hwn:</translation>
    </message>
    <message>
        <source>Input pattern</source>
        <translation>Patrwm mewnbwn</translation>
    </message>
    <message>
        <source>Output pattern</source>
        <translation>Patrwm allbwn</translation>
    </message>
    <message>
        <source>&amp;Read:</source>
        <translation>&amp;Darllen:</translation>
    </message>
    <message>
        <source>Input &amp;pattern:</source>
        <translation>&amp;Patrwm mewnbwn:</translation>
    </message>
    <message>
        <source>&amp;Write as:</source>
        <translation>Ysgrifennu &amp;fel:</translation>
    </message>
    <message>
        <source>y column</source>
        <translation>colofn y</translation>
    </message>
    <message>
        <source>The column above holds x (longitude or easting). British National Grid references are converted to WGS84 with PROJ.</source>
        <translation>Mae’r golofn uchod yn dal x (hydred neu ddwyreiniad). Caiff cyfeirnodau Grid Cenedlaethol Prydain eu trosi i WGS84 gyda PROJ.</translation>
    </message>
    <message>
        <source>&amp;y column:</source>
        <translation>Colofn &amp;y:</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Yn rhagweld…</translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation>Ni fyddai dim yn newid.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will change.</source>
        <translation>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
            <numerusform>Bydd %n cell yn newid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have coordinates of no known system and are left out.</source>
        <translation>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
            <numerusform>Mae gan %n rhes gyfesurynnau heb system hysbys ac fe’u gadewir allan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>plumbline::TriageActions</name>
    <message numerus="yes">
        <source>&amp;Waive %n Finding(s)…</source>
        <translation>
            <numerusform>&amp;Hepgor Canfyddiadau…</numerusform>
            <numerusform>&amp;Hepgor %n Canfyddiad…</numerusform>
            <numerusform>&amp;Hepgor %n Ganfyddiad…</numerusform>
            <numerusform>&amp;Hepgor %n Chanfyddiad…</numerusform>
            <numerusform>&amp;Hepgor %n Canfyddiad…</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept these findings as they are, with a reason; they are hidden and counted</source>
        <translation>Derbyn y canfyddiadau hyn fel y maent, gyda rheswm; cânt eu cuddio a’u cyfrif</translation>
    </message>
    <message>
        <source>Mark as &amp;False Positive</source>
        <translation>Marcio’n &amp;Bositif Ffug</translation>
    </message>
    <message>
        <source>The rule is wrong about these values; they are hidden and counted</source>
        <translation>Mae’r rheol yn anghywir am y gwerthoedd hyn; cânt eu cuddio a’u cyfrif</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Ailagor</translation>
    </message>
    <message>
        <source>Take back the decision: the findings are open and shown again</source>
        <translation>Tynnu’r penderfyniad yn ôl: mae’r canfyddiadau ar agor ac yn y golwg eto</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…</numerusform>
            <numerusform>… ac %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
            <numerusform>… a %n arall</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on “%2”</source>
        <translation>%1 ar “%2”</translation>
    </message>
    <message>
        <source>History of This &amp;Cell…</source>
        <translation>&amp;Hanes y Gell Hon…</translation>
    </message>
    <message>
        <source>Every change made to this cell in the project: old and new value, who and when</source>
        <translation>Pob newid a wnaed i’r gell hon yn y prosiect: hen werth a gwerth newydd, pwy a phryd</translation>
    </message>
    <message>
        <source>Row %1, column “%2” (%3)</source>
        <translation>Rhes %1, colofn “%2” (%3)</translation>
    </message>
</context>
<context>
    <name>plumbline::UserGuideWindow</name>
    <message>
        <source>Plumbline User Guide</source>
        <translation>Canllaw Defnyddiwr Plumbline</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Canllaw defnyddiwr</translation>
    </message>
</context>
<context>
    <name>plumbline::WaiveDialog</name>
    <message>
        <source>Waive Findings</source>
        <translation>Hepgor Canfyddiadau</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n finding(s) as they are:</source>
        <translation>
            <numerusform>Derbyn y canfyddiadau fel y maent:</numerusform>
            <numerusform>Derbyn %n canfyddiad fel y mae:</numerusform>
            <numerusform>Derbyn %n ganfyddiad fel y maent:</numerusform>
            <numerusform>Derbyn %n chanfyddiad fel y maent:</numerusform>
            <numerusform>Derbyn %n canfyddiad fel y maent:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason (required; it is kept with the decision and shown in the review report):</source>
        <translation>&amp;Rheswm (gofynnol; caiff ei gadw gyda’r penderfyniad a’i ddangos yn yr adroddiad adolygu):</translation>
    </message>
    <message>
        <source>Reason for waiving</source>
        <translation>Rheswm dros hepgor</translation>
    </message>
    <message>
        <source>For example: confirmed with the case officer; the old reference format is correct for applications before 2004</source>
        <translation>Er enghraifft: cadarnhawyd gyda’r swyddog achos; mae’r hen fformat cyfeirnod yn gywir ar gyfer ceisiadau cyn 2004</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Hepgor</translation>
    </message>
</context>
<context>
    <name>plumbline::l10n</name>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;aith</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>Rhagosodiad y &amp;System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Plumbline will use the new language the next time it starts.</source>
        <translation>Bydd Plumbline yn defnyddio’r iaith newydd y tro nesaf y bydd yn cychwyn.</translation>
    </message>
</context>
</TS>
