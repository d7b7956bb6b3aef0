<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM">
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="61"/>
        <source>Add a facilitator</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="63"/>
        <source>Not given</source>
        <translation type="unfinished">မဖော်ပြပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">အမည် (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="66"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished">ကျား/မ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="74"/>
        <source>Could not add the facilitator</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူကို ထည့်၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="153"/>
        <source>Adjust stock</source>
        <translation type="unfinished">လက်ကျန် ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="157"/>
        <source>&amp;Why:</source>
        <translation type="unfinished">အကြောင်းရင်း (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>Stock after:</source>
        <translation type="unfinished">ပြင်ပြီးနောက် လက်ကျန်:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">ရက်စွဲ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="159"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">မှတ်စု (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="160"/>
        <source>What happened (needed for another correction)</source>
        <translation type="unfinished">ဖြစ်ပျက်ခဲ့သည့်အရာ (အခြား ပြင်ဆင်မှုအတွက် လိုအပ်သည်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="166"/>
        <source>&amp;Copies on the shelf:</source>
        <translation type="unfinished">စင်ပေါ်ရှိ အရေအတွက် (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="168"/>
        <source>&amp;Change (+ or −):</source>
        <translation type="unfinished">ပြောင်းလဲမှု (+ သို့မဟုတ် −) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="169"/>
        <source>&amp;Copies lost or damaged:</source>
        <translation type="unfinished">ပျောက်ဆုံး သို့မဟုတ် ပျက်စီးသော အရေအတွက် (&amp;C):</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="46"/>
        <source>Whole country</source>
        <translation type="unfinished">တစ်နိုင်ငံလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="47"/>
        <location filename="../riskedu/ui/area_picker.py" line="57"/>
        <source>All districts</source>
        <translation type="unfinished">ခရိုင် အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="48"/>
        <source>Report on the whole country or one province</source>
        <translation type="unfinished">တစ်နိုင်ငံလုံး သို့မဟုတ် ပြည်နယ်/တိုင်း တစ်ခုအတွက် အစီရင်ခံရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="49"/>
        <source>Report on the whole province or one district</source>
        <translation type="unfinished">ပြည်နယ်/တိုင်း တစ်ခုလုံး သို့မဟုတ် ခရိုင်တစ်ခုအတွက် အစီရင်ခံရန်</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="96"/>
        <source>People who attended, by sex and age</source>
        <translation type="unfinished">တက်ရောက်သူများ၊ ကျား/မ နှင့် အသက်အလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="97"/>
        <source>Derived totals</source>
        <translation type="unfinished">တွက်ချက်ထားသော စုစုပေါင်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="98"/>
        <source>Among them</source>
        <translation type="unfinished">၎င်းတို့အနက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="101"/>
        <source>&amp;Female:</source>
        <translation type="unfinished">အမျိုးသမီး (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="102"/>
        <source>&amp;Male:</source>
        <translation type="unfinished">အမျိုးသား (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="103"/>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;စုစုပေါင်း&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="104"/>
        <source>Total:</source>
        <translation type="unfinished">စုစုပေါင်း:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Girls (under 18):</source>
        <translation type="unfinished">မိန်းကလေး (အသက် ၁၈ နှစ်အောက်):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Boys (under 18):</source>
        <translation type="unfinished">ယောက်ျားလေး (အသက် ၁၈ နှစ်အောက်):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Women (18 and over):</source>
        <translation type="unfinished">အမျိုးသမီး (အသက် ၁၈ နှစ်နှင့်အထက်):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Men (18 and over):</source>
        <translation type="unfinished">အမျိုးသား (အသက် ၁၈ နှစ်နှင့်အထက်):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="107"/>
        <source>Everyone:</source>
        <translation type="unfinished">လူအားလုံး:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="111"/>
        <source>Women and girls with &amp;disability:</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသမီးနှင့် မိန်းကလေး (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="112"/>
        <source>Men and &amp;boys with disability:</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသားနှင့် ယောက်ျားလေး (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="113"/>
        <source>F&amp;irst-time beneficiaries:</source>
        <translation type="unfinished">ပထမဆုံးအကြိမ် အကျိုးခံစားသူ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="115"/>
        <source>Count each person once, in their age band. Disability: a lot of difficulty or more in seeing, hearing, walking, remembering, self-care or communicating. Media activities (radio, TV, …) may have no attendees.</source>
        <translation type="unfinished">လူတစ်ဦးကို တစ်ကြိမ်သာ ၎င်း၏ အသက်အုပ်စုတွင် ရေတွက်ပါ။ မသန်စွမ်းမှု- မြင်ခြင်း၊ ကြားခြင်း၊ လမ်းလျှောက်ခြင်း၊ မှတ်မိခြင်း၊ မိမိကိုယ်ကို စောင့်ရှောက်ခြင်း သို့မဟုတ် ဆက်သွယ်ပြောဆိုခြင်းတွင် အခက်အခဲ များစွာ သို့မဟုတ် ထို့ထက်ပို၍ ရှိခြင်း။ မီဒီယာ လုပ်ဆောင်ချက်များ (ရေဒီယို၊ ရုပ်မြင်သံကြား၊ …) တွင် တက်ရောက်သူ မရှိနိုင်ပါ။</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="109"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="194"/>
        <source>Backups</source>
        <translation type="unfinished">အရန်ကူးယူမှုများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="110"/>
        <source>Backups &amp;folder:</source>
        <translation type="unfinished">အရန်ဖိုင်တွဲ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="111"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished">ရွေးရန် (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="112"/>
        <source>Back up &amp;automatically after every</source>
        <translation type="unfinished">အလိုအလျောက် အရန်ကူးရန် (&amp;A) အကြိမ်တိုင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="113"/>
        <source> changes (and at start-up)</source>
        <translation type="unfinished"> ပြောင်းလဲမှု (နှင့် စဖွင့်ချိန်တွင်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="114"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished">ယခု အရန်ကူးရန် (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="116"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished">ပြန်ယူရန် (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="117"/>
        <source>Check the database &amp;now</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ကို ယခု စစ်ဆေးရန် (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Taken</source>
        <translation type="unfinished">ကူးယူချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Size</source>
        <translation type="unfinished">အရွယ်အစား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="121"/>
        <source>This database is on a server: back it up with the server&apos;s own tools (pg_dump for PostgreSQL). riskedu backs up database files on this computer.</source>
        <translation type="unfinished">ဤဒေတာဘေ့စ်သည် ဆာဗာပေါ်တွင် ရှိသည်- ဆာဗာ၏ ကိုယ်ပိုင်ကိရိယာများဖြင့် အရန်ကူးပါ (PostgreSQL အတွက် pg_dump)။ riskedu သည် ဤကွန်ပျူတာပေါ်ရှိ ဒေတာဘေ့စ်ဖိုင်များကိုသာ အရန်ကူးသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="158"/>
        <source>Keep backups in which folder? (a USB stick will do)</source>
        <translation type="unfinished">အရန်များကို မည်သည့်ဖိုင်တွဲတွင် ထားမည်နည်း။ (USB လည်းရသည်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="191"/>
        <source>Cancelled: no backup was written.</source>
        <translation type="unfinished">ပယ်ဖျက်လိုက်သည်- အရန်မရေးခဲ့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="199"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished">အရန်ကို ရေးပြီး စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="203"/>
        <source>Backup written and checked: {file} ({size}).</source>
        <translation type="unfinished">အရန်ကို ရေးပြီး စစ်ဆေးပြီးပါပြီ- {file} ({size})။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="209"/>
        <source>Checking every page of the database…</source>
        <translation type="unfinished">ဒေတာဘေ့စ်၏ စာမျက်နှာတိုင်းကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="213"/>
        <source>The database is sound: the full check found no problem.</source>
        <translation type="unfinished">ဒေတာဘေ့စ် ကောင်းမွန်သည်- အပြည့်အစုံစစ်ဆေးမှုတွင် ပြဿနာမတွေ့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="215"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="219"/>
        <source>Database check</source>
        <translation type="unfinished">ဒေတာဘေ့စ် စစ်ဆေးမှု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="217"/>
        <source>The database is damaged: {problems}. Restore the latest good backup.</source>
        <translation type="unfinished">ဒေတာဘေ့စ် ပျက်စီးနေသည်- {problems}။ နောက်ဆုံးကောင်းသောအရန်ကို ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="231"/>
        <source>Cannot restore this backup</source>
        <translation type="unfinished">ဤအရန်ကို ပြန်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="235"/>
        <source>Replace the database {database} with the backup of {time}?

{loss}

The current database is kept as a copy beside it, so this can be undone.</source>
        <translation type="unfinished">ဒေတာဘေ့စ် {database} ကို {time} ၏ အရန်ဖြင့် အစားထိုးမည်လား။

{loss}

လက်ရှိဒေတာဘေ့စ်ကို ၎င်းဘေးတွင် မိတ္တူအဖြစ် သိမ်းထားမည်ဖြစ်၍ ပြန်ပြင်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="240"/>
        <source>Restore a backup</source>
        <translation type="unfinished">အရန်ကို ပြန်ယူရန်</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="75"/>
        <source>&amp;Check again</source>
        <translation type="unfinished">ထပ်မံ စစ်ဆေးရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Report code</source>
        <translation type="unfinished">အစီရင်ခံစာ ကုဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <source>Team</source>
        <translation type="unfinished">အဖွဲ့</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="78"/>
        <source>What is missing</source>
        <translation type="unfinished">လိုအပ်နေသည့် အချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="79"/>
        <source>Day, village and team / report code</source>
        <translation type="unfinished">နေ့၊ ကျေးရွာနှင့် အဖွဲ့ / အစီရင်ခံစာ ကုဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">အကျိုးခံစားသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="81"/>
        <source>From installation</source>
        <translation type="unfinished">ထည့်သွင်းထားသည့် စက်မှ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="90"/>
        <source>Checking…</source>
        <translation type="unfinished">စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="113"/>
        <source>&amp;Sessions missing required fields: {n}</source>
        <translation type="unfinished">လိုအပ်သော အချက်များ မပြည့်စုံသည့် အသိပညာပေးပွဲများ (&amp;S)- {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="116"/>
        <source>&amp;Probable duplicates (same village, day and team from different installations): {n}</source>
        <translation type="unfinished">ထပ်နေနိုင်သည်များ (ကျေးရွာ၊ နေ့နှင့် အဖွဲ့ တူပြီး စက်မတူ) (&amp;P)- {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="140"/>
        <source>Unknown installation {id}</source>
        <translation type="unfinished">မသိသော စက် {id}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Field</source>
        <translation type="unfinished">အကွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Current version (shown)</source>
        <translation type="unfinished">လက်ရှိ မူ (ပြသထားသည်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Kept version</source>
        <translation type="unfinished">သိမ်းထားသော မူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="121"/>
        <source>Use</source>
        <translation type="unfinished">သုံးရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="123"/>
        <source>The record was changed on two installations since they last agreed. Both versions are kept; differing fields are highlighted. Choose per field, or keep one version whole.</source>
        <translation type="unfinished">ဤမှတ်တမ်းကို နောက်ဆုံးကိုက်ညီပြီးကတည်းက ထည့်သွင်းထားသော စက်နှစ်လုံးပေါ်တွင် ပြင်ဆင်ခဲ့သည်။ မူနှစ်ခုလုံးကို သိမ်းထားပြီး ကွဲပြားသော အကွက်များကို အရောင်ခြယ်ပြထားသည်။ အကွက်တစ်ခုချင်း ရွေးပါ၊ သို့မဟုတ် မူတစ်ခုကို တစ်ခုလုံး ထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="126"/>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished">ဖြေရှင်းရန် ကွဲလွဲမှု မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="127"/>
        <source>&amp;Keep the current version</source>
        <translation type="unfinished">လက်ရှိ မူကို ထားရန် (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="128"/>
        <source>&amp;Take the kept version</source>
        <translation type="unfinished">သိမ်းထားသော မူကို ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="129"/>
        <source>&amp;Merge as chosen</source>
        <translation type="unfinished">ရွေးထားသည့်အတိုင်း ပေါင်းရန် (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="130"/>
        <source>Use, for each differing field, the version chosen in the Use column</source>
        <translation type="unfinished">ကွဲပြားသော အကွက်တစ်ခုစီအတွက် “သုံးရန်” ကော်လံတွင် ရွေးထားသော မူကို သုံးပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="132"/>
        <source>Read a&amp;gain</source>
        <translation type="unfinished">ပြန်ဖတ်ရန် (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="167"/>
        <source>Could not read the conflicts</source>
        <translation type="unfinished">ကွဲလွဲမှုများကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="182"/>
        <source>Could not open the conflict</source>
        <translation type="unfinished">ကွဲလွဲမှုကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="192"/>
        <source>&lt;b&gt;{table}: {record}&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;{table}: {record}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="211"/>
        <source>Current</source>
        <translation type="unfinished">လက်ရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="212"/>
        <source>Kept</source>
        <translation type="unfinished">သိမ်းထားသော</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="252"/>
        <source>Could not resolve the conflict</source>
        <translation type="unfinished">ကွဲလွဲမှုကို ဖြေရှင်း၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="68"/>
        <source>The database is damaged</source>
        <translation type="unfinished">ဒေတာဘေ့စ် ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="69"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished">ဤအရန်ကို ပြန်ယူရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="70"/>
        <source>&amp;Open another file…</source>
        <translation type="unfinished">အခြားဖိုင်ကို ဖွင့်ရန် (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="75"/>
        <source>{path} is damaged ({problems}). riskedu will not use it as it is, so nothing more is lost.</source>
        <translation type="unfinished">{path} ပျက်စီးနေသည် ({problems})။ riskedu သည် ၎င်းကို ယခုအတိုင်း အသုံးမပြုသဖြင့် ထပ်မံ မဆုံးရှုံးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="79"/>
        <source>No good backup of it was found in {folder}. Open another file (a copy or a backup kept elsewhere), or quit and ask your information officer.</source>
        <translation type="unfinished">{folder} တွင် ၎င်း၏ ကောင်းသောအရန် မတွေ့ပါ။ အခြားဖိုင်ကို ဖွင့်ပါ (အခြားနေရာတွင် သိမ်းထားသော မိတ္တူ သို့မဟုတ် အရန်)၊ သို့မဟုတ် ထွက်ပြီး သင့်သတင်းအချက်အလက်အရာရှိကို မေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="84"/>
        <source>The latest good backup was taken on {time}.</source>
        <translation type="unfinished">နောက်ဆုံးကောင်းသောအရန်ကို {time} တွင် ကူးယူခဲ့သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="91"/>
        <source>The damaged file is kept beside it as a copy.</source>
        <translation type="unfinished">ပျက်စီးသောဖိုင်ကို ၎င်းဘေးတွင် မိတ္တူအဖြစ် သိမ်းထားမည်။</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="84"/>
        <source>&amp;From</source>
        <translation type="unfinished">မှ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="85"/>
        <source>T&amp;o</source>
        <translation type="unfinished">အထိ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="86"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">ဤရက်စွဲ သို့မဟုတ် နောက်ပိုင်းရှိ အသိပညာပေးပွဲများသာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="87"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">ဤရက်စွဲ သို့မဟုတ် မတိုင်မီရှိ အသိပညာပေးပွဲများသာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="88"/>
        <source>Ar&amp;ea:</source>
        <translation type="unfinished">နယ်မြေ (&amp;E)-</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="89"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">မည်သူ (&amp;W)-</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="90"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished">အမျိုးအစား (&amp;G)-</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="92"/>
        <source>Direct: people met in sessions. Indirect: people reached by media (radio, TV, social media, printed material). Training: teachers and focal points trained. Reports count each apart.</source>
        <translation type="unfinished">တိုက်ရိုက်- အစည်းအဝေးတွင် တွေ့ဆုံသူများ။ သွယ်ဝိုက်- မီဒီယာ (ရေဒီယို၊ တီဗွီ၊ ဆိုရှယ်မီဒီယာ၊ ပုံနှိပ်စာ) မှတစ်ဆင့် ရောက်ရှိသူများ။ သင်တန်း- သင်တန်းပေးခံရသော ဆရာများနှင့် ဆက်သွယ်ရေးမှူးများ။ အစီရင်ခံစာများတွင် သီးခြားရေတွက်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="95"/>
        <source>All categories</source>
        <translation type="unfinished">အမျိုးအစား အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="98"/>
        <source>All provinces</source>
        <translation type="unfinished">ပြည်နယ် အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="99"/>
        <source>All districts</source>
        <translation type="unfinished">ခရိုင် အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="100"/>
        <source>All organisations</source>
        <translation type="unfinished">အဖွဲ့အစည်း အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="101"/>
        <location filename="../riskedu/ui/dashboard_filters.py" line="124"/>
        <source>All teams</source>
        <translation type="unfinished">အဖွဲ့ အားလုံး</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="107"/>
        <source>&amp;Bars show:</source>
        <translation type="unfinished">ဘားများ ပြသည် (&amp;B)-</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="110"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="192"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">အကျိုးခံစားသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="111"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="191"/>
        <source>Sessions</source>
        <translation type="unfinished">အသိပညာပေးပွဲများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="124"/>
        <source>Updating…</source>
        <translation type="unfinished">အသစ်ပြင်နေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="156"/>
        <source>Not recorded</source>
        <translation type="unfinished">မှတ်တမ်း မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="166"/>
        <source>{measure} by month</source>
        <translation type="unfinished">လအလိုက် {measure}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="167"/>
        <source>{measure} by province</source>
        <translation type="unfinished">ပြည်နယ်အလိုက် {measure}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="168"/>
        <source>{measure} by method</source>
        <translation type="unfinished">နည်းလမ်းအလိုက် {measure}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="169"/>
        <source>{measure} by primary audience</source>
        <translation type="unfinished">အဓိက ပစ်မှတ်အုပ်စုအလိုက် {measure}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="177"/>
        <source>Beneficiaries by sex and age</source>
        <translation type="unfinished">ကျား၊ မနှင့် အသက်အလိုက် အကျိုးခံစားသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="193"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသမီးနှင့် မိန်းကလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="195"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသားနှင့် ယောက်ျားလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="196"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">လက်ခံရရှိသော အန္တရာယ် အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="203"/>
        <source>of which indirect (media): {n}</source>
        <translation type="unfinished">ယင်းအနက် သွယ်ဝိုက် (မီဒီယာ)- {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="207"/>
        <source>Girls {girls} · boys {boys} · women {women} · men {men}</source>
        <translation type="unfinished">မိန်းကလေး {girls} · ယောက်ျားလေး {boys} · အမျိုးသမီး {women} · အမျိုးသား {men}</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="66"/>
        <source>Sessions behind a figure</source>
        <translation type="unfinished">ကိန်းဂဏန်း၏ နောက်ကွယ်ရှိ အသိပညာပေးပွဲများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="73"/>
        <source>{what}: counting sessions…</source>
        <translation type="unfinished">{what}- အသိပညာပေးပွဲများ ရေတွက်နေသည်…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/drill_dialog.py" line="75"/>
        <source>{what}: %Ln session(s). Press Enter or double-click a session to open it.</source>
        <translation type="unfinished">
            <numerusform>{what}- အသိပညာပေးပွဲ %Ln ခု။ ဖွင့်ရန် Enter နှိပ်ပါ သို့မဟုတ် နှစ်ချက်နှိပ်ပါ။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="60"/>
        <source>Send to headquarters</source>
        <translation type="unfinished">ဌာနချုပ်သို့ ပို့ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="62"/>
        <source>Writes this laptop&apos;s new and changed records into one file, for a USB stick or an e-mail to headquarters.</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ အသစ်နှင့် ပြောင်းလဲထားသော မှတ်တမ်းများကို USB သို့မဟုတ် ဌာနချုပ်သို့ အီးမေးလ်ဖြင့် ပို့ရန် ဖိုင်တစ်ခုထဲသို့ ရေးသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">ထုတ်ပို့ရန်… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="65"/>
        <source>Choose a folder, e.g. the USB stick, and write the bundle there</source>
        <translation type="unfinished">USB ကဲ့သို့ ဖိုင်တွဲတစ်ခုကို ရွေး၍ ဖိုင်အစုကို ထိုနေရာတွင် ရေးပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="67"/>
        <source>Export &amp;everything</source>
        <translation type="unfinished">အားလုံး ထုတ်ပို့ရန် (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="68"/>
        <source>All records, not only what changed since the last export (for a new headquarters database)</source>
        <translation type="unfinished">နောက်ဆုံး ထုတ်ပို့ပြီးကတည်းက ပြောင်းလဲသည်များသာမက မှတ်တမ်းအားလုံး (ဌာနချုပ် ဒေတာဘေ့စ် အသစ်အတွက်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="74"/>
        <source>Export to which folder?</source>
        <translation type="unfinished">မည်သည့် ဖိုင်တွဲသို့ ထုတ်ပို့မလဲ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="82"/>
        <source>Writing and checking the bundle…</source>
        <translation type="unfinished">ဖိုင်အစုကို ရေးပြီး စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="95"/>
        <source>no changed records</source>
        <translation type="unfinished">ပြောင်းလဲထားသော မှတ်တမ်း မရှိပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="96"/>
        <source>Written and checked: &lt;b&gt;{file}&lt;/b&gt; ({size}) in {folder}.&lt;br&gt;Records: {counts}.</source>
        <translation type="unfinished">ရေးပြီး စစ်ဆေးပြီး- {folder} ထဲရှိ &lt;b&gt;{file}&lt;/b&gt; ({size})။&lt;br&gt;မှတ်တမ်းများ- {counts}။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="102"/>
        <source>Warning: this bundle is not encrypted.</source>
        <translation type="unfinished">သတိပေးချက်- ဤဖိုင်အစုကို ကုဒ်ဝှက်မထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="103"/>
        <source>This laptop is not enrolled with headquarters, so anyone who finds the file can read names and phone numbers. Load headquarters&apos; enrolment file to encrypt future bundles.</source>
        <translation type="unfinished">ဤလက်ပ်တော့သည် ဌာနချုပ်နှင့် မှတ်ပုံမတင်ရသေးသဖြင့် ဖိုင်ကို တွေ့သူမည်သူမဆို အမည်များနှင့် ဖုန်းနံပါတ်များကို ဖတ်နိုင်သည်။ နောက်ဖိုင်အစုများကို ကုဒ်ဝှက်ရန် ဌာနချုပ်၏ မှတ်ပုံတင်ဖိုင်ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="112"/>
        <source>Export cancelled: no file was written and nothing was marked as sent.</source>
        <translation type="unfinished">ပို့ထုတ်ခြင်းကို ရပ်လိုက်သည် - ဖိုင် မရေးရသေးပါ၊ ပို့ပြီးဟု မှတ်သားထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="115"/>
        <source>Export failed: nothing was marked as sent.</source>
        <translation type="unfinished">ထုတ်ပို့ခြင်း မအောင်မြင်ပါ- မည်သည့်အရာကိုမျှ ပို့ပြီးဟု မှတ်သားမထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="116"/>
        <source>Could not export</source>
        <translation type="unfinished">ထုတ်ပို့၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="97"/>
        <source>&amp;From</source>
        <translation type="unfinished">မှ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="98"/>
        <source>T&amp;o</source>
        <translation type="unfinished">အထိ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="99"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">ဤရက်စွဲ သို့မဟုတ် နောက်ပိုင်းရှိ အသိပညာပေးပွဲများသာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="100"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">ဤရက်စွဲ သို့မဟုတ် မတိုင်မီရှိ အသိပညာပေးပွဲများသာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="101"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished">နေရာ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="102"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished">အခြေအနေ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="103"/>
        <source>Search report code, village, notes… (Ctrl+F)</source>
        <translation type="unfinished">အစီရင်ခံစာ ကုဒ်၊ ကျေးရွာ၊ မှတ်ချက် ရှာရန်… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="104"/>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished">စစ်ထုတ်မှုများ ရှင်းရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="105"/>
        <source>Any status</source>
        <translation type="unfinished">အခြေအနေ အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="109"/>
        <location filename="../riskedu/ui/filter_bar.py" line="124"/>
        <source>All provinces</source>
        <translation type="unfinished">ပြည်နယ် အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="112"/>
        <location filename="../riskedu/ui/filter_bar.py" line="133"/>
        <source>All districts</source>
        <translation type="unfinished">ခရိုင် အားလုံး</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="100"/>
        <source>When</source>
        <translation type="unfinished">မည်သည့်အချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="101"/>
        <source>How</source>
        <translation type="unfinished">မည်သို့</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="102"/>
        <source>For whom</source>
        <translation type="unfinished">မည်သူ့အတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="103"/>
        <source>Session &amp;date:</source>
        <translation type="unfinished">အသိပညာပေးသည့်ရက် (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;Start time:</source>
        <translation type="unfinished">စတင်ချိန် (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;End time:</source>
        <translation type="unfinished">ပြီးဆုံးချိန် (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Report date:</source>
        <translation type="unfinished">အစီရင်ခံသည့်ရက် (&amp;R):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Category:</source>
        <translation type="unfinished">အမျိုးအစား (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Activity:</source>
        <translation type="unfinished">လုပ်ဆောင်ချက် (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Method:</source>
        <translation type="unfinished">နည်းလမ်း (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="107"/>
        <source>Number of sessi&amp;ons:</source>
        <translation type="unfinished">အကြိမ်အရေအတွက် (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="108"/>
        <source>&amp;Broadcast from:</source>
        <translation type="unfinished">ထုတ်လွှင့်သည့်အချိန် မှ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="109"/>
        <source>Broadcast &amp;until:</source>
        <translation type="unfinished">ထုတ်လွှင့်သည့်အချိန် အထိ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Primary aud&amp;ience:</source>
        <translation type="unfinished">အဓိက ပစ်မှတ်အုပ်စု (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished">စီမံကိန်း (&amp;J):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="111"/>
        <source>Do&amp;nor:</source>
        <translation type="unfinished">အလှူရှင် (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="114"/>
        <source>No&amp;tes (follow-up, materials given out, remarks):</source>
        <translation type="unfinished">မှတ်ချက် (နောက်ဆက်တွဲ၊ ဝေငှခဲ့သော ပစ္စည်းများ၊ အထွေထွေ) (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="116"/>
        <location filename="../riskedu/ui/editor_general.py" line="118"/>
        <source>Not set</source>
        <translation type="unfinished">မသတ်မှတ်ရသေးပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="120"/>
        <source>Type the time as HH:MM, for example 08:30 or 1430</source>
        <translation type="unfinished">အချိန်ကို HH:MM ပုံစံဖြင့် ရိုက်ပါ၊ ဥပမာ 08:30 သို့မဟုတ် 1430</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="123"/>
        <location filename="../riskedu/ui/editor_general.py" line="124"/>
        <location filename="../riskedu/ui/editor_general.py" line="128"/>
        <source>Choose…</source>
        <translation type="unfinished">ရွေးပါ…</translation>
    </message>
</context>
<context>
    <name>HazardsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="212"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">ဆွေးနွေးခဲ့သော အန္တရာယ်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="213"/>
        <source>Hazard reports raised by participants</source>
        <translation type="unfinished">တက်ရောက်သူများ တင်ပြသော အန္တရာယ် သတင်းပို့ချက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="215"/>
        <source>One line for each suspected hazard or dangerous area people told you about, and to whom you passed it on.</source>
        <translation type="unfinished">လူများက သင့်ကို ပြောပြသော သံသယရှိသည့် အန္တရာယ် သို့မဟုတ် အန္တရာယ်ရှိသော နေရာ တစ်ခုစီအတွက် တစ်ကြောင်း၊ သင် မည်သူ့ထံ လွှဲပြောင်းပေးခဲ့သည်ကိုလည်း ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Add re&amp;port</source>
        <translation type="unfinished">သတင်းပို့ချက် ထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Re&amp;move report</source>
        <translation type="unfinished">သတင်းပို့ချက် ဖယ်ရန် (&amp;M)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="51"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ဝေငှခဲ့သော ပညာပေးပစ္စည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation type="unfinished">မှတ်စု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="92"/>
        <source>Could not read the history</source>
        <translation type="unfinished">မှတ်တမ်းကို ဖတ်၍မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Edited</source>
        <translation type="unfinished">ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Finalised</source>
        <translation type="unfinished">အပြီးသတ်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Reopened for correction</source>
        <translation type="unfinished">ပြင်ဆင်ရန် ပြန်ဖွင့်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Deleted</source>
        <translation type="unfinished">ဖျက်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="103"/>
        <source>Restored from the trash</source>
        <translation type="unfinished">အမှိုက်ပုံးမှ ပြန်ယူပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="106"/>
        <source>History of {code}</source>
        <translation type="unfinished">{code} ၏ မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="108"/>
        <source>Every change made after the session was first final: who made it, when (UTC) and each field before and after. Drafts that were never final have no history.</source>
        <translation type="unfinished">အစည်းအဝေးကို ပထမဆုံး အပြီးသတ်ပြီးနောက် ပြောင်းလဲမှုတိုင်း- မည်သူ၊ မည်သည့်အချိန် (UTC) နှင့် အကွက်တစ်ခုစီ၏ အရင်နှင့် နောက်။ အပြီးမသတ်ဖူးသော မူကြမ်းများတွင် မှတ်တမ်းမရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="111"/>
        <source>No history yet: this session has not been final. Its changes are recorded from its first finalisation on.</source>
        <translation type="unfinished">မှတ်တမ်း မရှိသေးပါ- ဤအစည်းအဝေးကို အပြီးမသတ်ရသေးပါ။ ပထမဆုံး အပြီးသတ်ချိန်မှစ၍ ပြောင်းလဲမှုများကို မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>When (UTC) and who</source>
        <translation type="unfinished">အချိန် (UTC) နှင့် မည်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>What</source>
        <translation type="unfinished">ဘာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>Before</source>
        <translation type="unfinished">အရင်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>After</source>
        <translation type="unfinished">နောက်</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="51"/>
        <source>This installation</source>
        <translation type="unfinished">ဤထည့်သွင်းထားသော စက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="52"/>
        <source>&amp;Load headquarters&apos; enrolment…</source>
        <translation type="unfinished">ဌာနချုပ်၏ မှတ်ပုံတင်ဖိုင်ကို ဖွင့်ရန်… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="54"/>
        <source>Field laptops: encrypt bundles to headquarters from now on</source>
        <translation type="unfinished">ကွင်းဆင်း လက်ပ်တော့များ- ယခုမှစ၍ ဖိုင်အစုများကို ဌာနချုပ်အတွက် ကုဒ်ဝှက်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="55"/>
        <source>Save en&amp;rolment file…</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင် သိမ်းရန်… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="57"/>
        <source>Headquarters: the file field laptops load to encrypt their bundles to you</source>
        <translation type="unfinished">ဌာနချုပ်- ကွင်းဆင်း လက်ပ်တော့များက ၎င်းတို့၏ ဖိုင်အစုများကို သင့်အတွက် ကုဒ်ဝှက်ရန် ဖွင့်သော ဖိုင်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="64"/>
        <source>Fingerprint of {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</source>
        <translation type="unfinished">{name} ၏ လက်ဗွေ- &lt;b&gt;{fingerprint}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="65"/>
        <source>this installation</source>
        <translation type="unfinished">ဤထည့်သွင်းထားသော စက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="67"/>
        <source>Enrolled with headquarters ({fingerprint}): bundles are encrypted.</source>
        <translation type="unfinished">ဌာနချုပ်နှင့် မှတ်ပုံတင်ပြီး ({fingerprint})- ဖိုင်အစုများကို ကုဒ်ဝှက်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="71"/>
        <source>Not enrolled with headquarters: bundles are &lt;b&gt;not encrypted&lt;/b&gt;.</source>
        <translation type="unfinished">ဌာနချုပ်နှင့် မှတ်ပုံမတင်ရသေးပါ- ဖိုင်အစုများကို &lt;b&gt;ကုဒ်ဝှက်မထားပါ&lt;/b&gt;။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="76"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင် သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="77"/>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင်များ (*.json)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="83"/>
        <source>Could not save the enrolment file</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင်ကို သိမ်း၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="86"/>
        <source>Enrolment file saved</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင် သိမ်းပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="87"/>
        <source>Saved {file}. Give it to each field laptop (Sync page, “Load headquarters&apos; enrolment”); their bundles are then encrypted to this installation.</source>
        <translation type="unfinished">{file} ကို သိမ်းပြီးပါပြီ။ ၎င်းကို ကွင်းဆင်း လက်ပ်တော့တစ်လုံးစီသို့ ပေးပါ (ထပ်တူပြုရန် စာမျက်နှာ၊ “ဌာနချုပ်၏ မှတ်ပုံတင်ဖိုင်ကို ဖွင့်ရန်”)၊ ထို့နောက် ၎င်းတို့၏ ဖိုင်အစုများကို ဤထည့်သွင်းထားသော စက်အတွက် ကုဒ်ဝှက်မည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="93"/>
        <source>Load headquarters&apos; enrolment file</source>
        <translation type="unfinished">ဌာနချုပ်၏ မှတ်ပုံတင်ဖိုင်ကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="94"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင်များ (*.json);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="100"/>
        <source>Could not use the enrolment file</source>
        <translation type="unfinished">မှတ်ပုံတင်ဖိုင်ကို သုံး၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="103"/>
        <source>Enrolled with headquarters</source>
        <translation type="unfinished">ဌာနချုပ်နှင့် မှတ်ပုံတင်ပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="104"/>
        <source>Bundles are now encrypted to headquarters (fingerprint {fingerprint}).</source>
        <translation type="unfinished">ယခု ဖိုင်အစုများကို ဌာနချုပ်အတွက် ကုဒ်ဝှက်ထားသည် (လက်ဗွေ {fingerprint})။</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="61"/>
        <source>Receive bundles</source>
        <translation type="unfinished">ဖိုင်အစုများ လက်ခံရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="63"/>
        <source>Imports bundles from field laptops, one or many at once. You see what each file brings before anything changes.</source>
        <translation type="unfinished">ကွင်းဆင်း လက်ပ်တော့များမှ ဖိုင်အစုများကို တစ်ခု သို့မဟုတ် အများအပြား တစ်ပြိုင်နက် တင်သွင်းသည်။ မည်သည့်အရာမျှ မပြောင်းလဲမီ ဖိုင်တစ်ခုစီတွင် ပါဝင်သည်ကို မြင်ရပါမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="65"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished">ဖိုင်များ တင်သွင်းရန်… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="71"/>
        <source>Import which bundles?</source>
        <translation type="unfinished">မည်သည့် ဖိုင်အစုများကို တင်သွင်းမလဲ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="72"/>
        <source>riskedu bundles (*.riskedu);;All files (*)</source>
        <translation type="unfinished">riskedu ဖိုင်အစုများ (*.riskedu);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="81"/>
        <source>Checking {count} file(s)…</source>
        <translation type="unfinished">
            <numerusform>ဖိုင် {count} ခုကို စစ်ဆေးနေသည်…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="99"/>
        <location filename="../riskedu/ui/sync_import_panel.py" line="144"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished">မည်သည့်အရာမျှ တင်သွင်းမထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="104"/>
        <source>Importing…</source>
        <translation type="unfinished">တင်သွင်းနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="114"/>
        <source>Import finished</source>
        <translation type="unfinished">တင်သွင်းမှု ပြီးဆုံးပါပြီ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="120"/>
        <source>{file}: imported before, nothing new.</source>
        <translation type="unfinished">{file}- ယခင်က တင်သွင်းပြီးဖြစ်၍ အသစ် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="124"/>
        <source>{file} from {source}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicting.</source>
        <translation type="unfinished">{source} ထံမှ {file}- အသစ် {new}၊ ပြင်ဆင်ပြီး {updated}၊ ဖျက်ပြီး {deleted}၊ ကွဲလွဲ {conflicts}။</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="133"/>
        <source>%n conflict(s) to resolve on the Conflicts page.</source>
        <translation type="unfinished">
            <numerusform>ကွဲလွဲမှုများ စာမျက်နှာတွင် ဖြေရှင်းရန် ကွဲလွဲမှု %n ခု ရှိသည်။</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="141"/>
        <source>Import cancelled: nothing was imported and the database is unchanged.</source>
        <translation type="unfinished">တင်သွင်းခြင်းကို ရပ်လိုက်သည် - ဘာမျှ မတင်သွင်းရသေးပါ၊ ဒေတာဘေ့စ် မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="145"/>
        <source>Could not import</source>
        <translation type="unfinished">တင်သွင်း၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="82"/>
        <source>already imported: nothing new</source>
        <translation type="unfinished">တင်သွင်းပြီးသား- အသစ် မရှိပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="83"/>
        <source>from {source}</source>
        <translation type="unfinished">{source} ထံမှ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="99"/>
        <source>Import bundles</source>
        <translation type="unfinished">ဖိုင်အစုများ တင်သွင်းရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="102"/>
        <source>Every file was checked and can be imported. Nothing has changed yet: this is what importing would do.</source>
        <translation type="unfinished">ဖိုင်အားလုံးကို စစ်ဆေးပြီး တင်သွင်းနိုင်ပါသည်။ မည်သည့်အရာမျှ မပြောင်းလဲရသေးပါ- ဤသည်မှာ တင်သွင်းလျှင် ဖြစ်မည့်အရာ ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="104"/>
        <source>Every file was imported before: importing again changes nothing.</source>
        <translation type="unfinished">ဖိုင်အားလုံးကို ယခင်က တင်သွင်းပြီးဖြစ်သည်- ထပ်မံတင်သွင်းလျှင် ဘာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="105"/>
        <source>File and table</source>
        <translation type="unfinished">ဖိုင်နှင့် ဇယား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="108"/>
        <source>Installations not seen before</source>
        <translation type="unfinished">ယခင်က မမြင်ဖူးသော ထည့်သွင်းထားသည့် စက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="113"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has not sent bundles here before. Its fingerprint is &lt;b&gt;{fingerprint}&lt;/b&gt;. Compare it with the fingerprint shown on that laptop (Sync page) before accepting.</source>
        <translation type="unfinished">&lt;b&gt;{name}&lt;/b&gt; သည် ဤနေရာသို့ ဖိုင်အစု မပို့ဖူးပါ။ ၎င်း၏ လက်ဗွေမှာ &lt;b&gt;{fingerprint}&lt;/b&gt; ဖြစ်သည်။ လက်မခံမီ ထိုလက်ပ်တော့ပေါ်တွင် ပြသထားသော လက်ဗွေ (ထပ်တူပြုရန် စာမျက်နှာ) နှင့် နှိုင်းယှဉ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="118"/>
        <source>&amp;Accept this installation ({name})</source>
        <translation type="unfinished">ဤထည့်သွင်းထားသော စက်ကို လက်ခံရန် ({name}) (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_preview.py" line="120"/>
        <source>&amp;Import {count} file(s)</source>
        <translation type="unfinished">
            <numerusform>ဖိုင် {count} ခု တင်သွင်းရန် (&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../riskedu/ui/language_switch.py" line="96"/>
        <source>&amp;Language</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="38"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished">လက်တင်အက္ခရာဖြင့် အမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="39"/>
        <source>Sex</source>
        <translation type="unfinished">ကျား/မ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="40"/>
        <source>Age</source>
        <translation type="unfinished">အသက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished">အခန်းကဏ္ဍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="43"/>
        <source>Phone</source>
        <translation type="unfinished">ဖုန်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="46"/>
        <source>Place</source>
        <translation type="unfinished">နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="47"/>
        <source>Ordnance</source>
        <translation type="unfinished">ခဲယမ်းအမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="49"/>
        <source>Description</source>
        <translation type="unfinished">ဖော်ပြချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="50"/>
        <source>Referred to</source>
        <translation type="unfinished">လွှဲပြောင်းပေးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished">ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished">ခေါင်းစဉ်</translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="112"/>
        <source>Find a village</source>
        <translation type="unfinished">ကျေးရွာ ရှာရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="113"/>
        <source>Place</source>
        <translation type="unfinished">နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="114"/>
        <source>GPS</source>
        <translation type="unfinished">GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="115"/>
        <source>Type part of its Khmer or English na&amp;me:</source>
        <translation type="unfinished">ခမာ သို့မဟုတ် အင်္ဂလိပ် အမည်၏ တစ်စိတ်တစ်ပိုင်းကို ရိုက်ပါ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="116"/>
        <source>e.g. Ou Thum, or អូរ</source>
        <translation type="unfinished">ဥပမာ Ou Thum သို့မဟုတ် អូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="118"/>
        <source>Press Down to go to the results and Enter to choose one. Choosing a village fills in its province, district and commune.</source>
        <translation type="unfinished">ရလဒ်များသို့ သွားရန် အောက်မြှားကို နှိပ်ပြီး ရွေးရန် Enter ကို နှိပ်ပါ။ ကျေးရွာကို ရွေးလျှင် ၎င်း၏ ပြည်နယ်၊ ခရိုင်နှင့် ကျေးရွာအုပ်စုကို ဖြည့်ပေးပါမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;Province:</source>
        <translation type="unfinished">ပြည်နယ် (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;District:</source>
        <translation type="unfinished">ခရိုင် (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>&amp;Commune:</source>
        <translation type="unfinished">ကျေးရွာအုပ်စု (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>Vill&amp;age:</source>
        <translation type="unfinished">ကျေးရွာ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="122"/>
        <source>Place &amp;not in the list:</source>
        <translation type="unfinished">စာရင်းတွင် မပါသော နေရာ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="123"/>
        <source>&amp;Type of location:</source>
        <translation type="unfinished">နေရာ အမျိုးအစား (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lat&amp;itude:</source>
        <translation type="unfinished">လတ္တီတွဒ် (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lon&amp;gitude:</source>
        <translation type="unfinished">လောင်ဂျီတွဒ် (&amp;G):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="125"/>
        <source>Acc&amp;uracy (m):</source>
        <translation type="unfinished">တိကျမှု (မီတာ) (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="128"/>
        <source>Only when the village is not in the list</source>
        <translation type="unfinished">ကျေးရွာ စာရင်းတွင် မပါမှသာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="129"/>
        <source>&amp;Safe to record the GPS position of this place</source>
        <translation type="unfinished">ဤနေရာ၏ GPS တည်နေရာကို မှတ်တမ်းတင်ရန် ဘေးကင်းသည် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="130"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a province…</source>
        <translation type="unfinished">ပြည်နယ် ရွေးပါ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="131"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a district…</source>
        <translation type="unfinished">ခရိုင် ရွေးပါ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="132"/>
        <location filename="../riskedu/ui/location_picker.py" line="150"/>
        <source>Choose a commune…</source>
        <translation type="unfinished">ကျေးရွာအုပ်စု ရွေးပါ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="133"/>
        <location filename="../riskedu/ui/location_picker.py" line="151"/>
        <source>Choose a village…</source>
        <translation type="unfinished">ကျေးရွာ ရွေးပါ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="137"/>
        <source>Choose…</source>
        <translation type="unfinished">ရွေးပါ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="204"/>
        <source>The first %Ln villages found; type more of the name to narrow them.</source>
        <translation type="unfinished">
            <numerusform>တွေ့ရှိသော ပထမ ကျေးရွာ %Ln ရွာ၊ ရလဒ်ကို ကျဉ်းစေရန် အမည်ကို ထပ်ရိုက်ပါ။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="207"/>
        <source>%Ln village(s) found</source>
        <translation type="unfinished">
            <numerusform>ကျေးရွာ %Ln ရွာ တွေ့ရှိသည်</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="69"/>
        <source>riskedu is locked</source>
        <translation type="unfinished">riskedu ကို သော့ခတ်ထားသည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="70"/>
        <source>Type the passphrase to continue.</source>
        <translation type="unfinished">ဆက်လုပ်ရန် စကားဝှက်ကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="71"/>
        <source>Passphrase</source>
        <translation type="unfinished">စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="72"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">သော့ဖွင့်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="91"/>
        <source>Wrong passphrase. Too many tries: wait {seconds} seconds, then try again.</source>
        <translation type="unfinished">စကားဝှက် မှားသည်။ ကြိုးစားမှု များလွန်းသည်- {seconds} စက္ကန့် စောင့်ပြီးမှ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="93"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">စကားဝှက် မှားသည်။ Caps Lock နှင့် ကီးဘုတ်ဘာသာကို စစ်ပြီးမှ ထပ်ကြိုးစားပါ။</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="67"/>
        <source>App lock</source>
        <translation type="unfinished">အက်ပ် သော့</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="69"/>
        <source>On a shared laptop, a passphrase keeps the next user out of riskedu: it is asked at start-up and after the minutes below without use. It does not encrypt the database file: anyone who copies the file can read it.</source>
        <translation type="unfinished">မျှဝေသုံးသော လက်ပ်တော့တွင် စကားဝှက်က နောက်အသုံးပြုသူကို riskedu ထဲ မဝင်စေပါ- စဖွင့်ချိန်နှင့် အောက်ပါမိနစ်အတွင်း အသုံးမပြုပါက မေးမည်။ ဒေတာဘေ့စ်ဖိုင်ကို ကုဒ်ဝှက်ခြင်း မပြုပါ- ဖိုင်ကို ကူးယူသူ မည်သူမဆို ဖတ်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished">လက်ရှိ စကားဝှက် (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished">စကားဝှက်အသစ် (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished">စကားဝှက်အသစ် ထပ်ရိုက်ပါ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation type="unfinished">အသုံးမပြုသော မိနစ်ပြီးနောက် သော့ခတ် (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="77"/>
        <source>&amp;Turn the lock off</source>
        <translation type="unfinished">သော့ကို ပိတ်ရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="85"/>
        <location filename="../riskedu/ui/lock_dialog.py" line="93"/>
        <source>The lock was not changed</source>
        <translation type="unfinished">သော့ကို မပြောင်းလဲပါ</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished">ဖိုင် (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="92"/>
        <source>&amp;Session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="93"/>
        <source>&amp;View</source>
        <translation type="unfinished">ကြည့်ရှုမှု (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished">အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="95"/>
        <source>S&amp;ync</source>
        <translation type="unfinished">ထပ်တူပြုရန် (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>&amp;New session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အသစ် (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>Log a new session (Ctrl+N)</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အသစ်ကို မှတ်တမ်းတင်ရန် (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>&amp;Open</source>
        <translation type="unfinished">ဖွင့်ရန် (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>Open the selected session (Enter or double-click)</source>
        <translation type="unfinished">ရွေးထားသော အသိပညာပေးပွဲကို ဖွင့်ရန် (Enter သို့မဟုတ် နှစ်ချက်နှိပ်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="100"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished">အပြီးသတ်ရန် (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="101"/>
        <source>Check every rule and make the selected draft final (Ctrl+Shift+F)</source>
        <translation type="unfinished">စည်းမျဉ်းအားလုံးကို စစ်ဆေးပြီး ရွေးထားသော မူကြမ်းကို အပြီးသတ်ရန် (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="102"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">ပြင်ဆင်ရန် ပြန်ဖွင့်ပါ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="103"/>
        <source>Make the selected final record a draft again; who and when is recorded (Ctrl+Shift+R)</source>
        <translation type="unfinished">ရွေးထားသော အပြီးသတ် မှတ်တမ်းကို မူကြမ်းအဖြစ် ပြန်ပြောင်းရန်၊ မည်သူ မည်သည့်အချိန် ပြုလုပ်သည်ကို မှတ်တမ်းတင်မည် (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">ဖျက်ရန်… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>Delete the selected session (Del)</source>
        <translation type="unfinished">ရွေးထားသော အသိပညာပေးပွဲကို ဖျက်ရန် (Del)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>&amp;Search</source>
        <translation type="unfinished">ရှာဖွေရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>Search the sessions (Ctrl+F)</source>
        <translation type="unfinished">အသိပညာပေးပွဲများကို ရှာဖွေရန် (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished">စစ်ထုတ်မှုများ ရှင်းရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>Show every session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အားလုံးကို ပြရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished">ပြန်လည်ဖတ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>Read the list again (F5)</source>
        <translation type="unfinished">စာရင်းကို ပြန်ဖတ်ရန် (F5)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ထွက်ရန် (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>Close riskedu (Ctrl+Q)</source>
        <translation type="unfinished">riskedu ကို ပိတ်ရန် (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="110"/>
        <source>&amp;About riskedu</source>
        <translation type="unfinished">riskedu အကြောင်း (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="111"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished">အရန်ကူးယူမှုများ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="112"/>
        <source>Back up now, choose where backups go, restore one, check the database</source>
        <translation type="unfinished">ယခု အရန်ကူးရန်၊ အရန်ထားမည့်နေရာ ရွေးရန်၊ ပြန်ယူရန်၊ ဒေတာဘေ့စ် စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="113"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished">ဖိုင်အစု ထုတ်ပို့ရန်… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="114"/>
        <source>Write this laptop&apos;s changes into one file for headquarters (Ctrl+E)</source>
        <translation type="unfinished">ဤလက်ပ်တော့၏ ပြောင်းလဲမှုများကို ဌာနချုပ်အတွက် ဖိုင်တစ်ခုထဲသို့ ရေးရန် (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="115"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">ဖိုင်အစုများ တင်သွင်းရန်… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="116"/>
        <source>Check and import bundles from field laptops (Ctrl+I)</source>
        <translation type="unfinished">ကွင်းဆင်း လက်ပ်တော့များမှ ဖိုင်အစုများကို စစ်ဆေး၍ တင်သွင်းရန် (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="117"/>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">ကွဲလွဲမှုများ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="118"/>
        <source>Records changed on two installations, to resolve (Alt+4)</source>
        <translation type="unfinished">ထည့်သွင်းထားသော စက်နှစ်လုံးပေါ်တွင် ပြောင်းလဲခဲ့သော မှတ်တမ်းများ၊ ဖြေရှင်းရန် (Alt+4)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="158"/>
        <source>About riskedu</source>
        <translation type="unfinished">riskedu အကြောင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="159"/>
        <source>&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;Field logbook for explosive ordnance risk education.&lt;br&gt;&lt;br&gt;Cambodian administrative units: General Directorate of Digital Economy, Ministry of Economy and Finance (data.mef.gov.kh).</source>
        <translation type="unfinished">&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;ပေါက်ကွဲစေတတ်သော ခဲယမ်းမီးကျောက် အန္တရာယ် အသိပညာပေးရေးအတွက် ကွင်းဆင်း မှတ်တမ်းစာအုပ်။&lt;br&gt;&lt;br&gt;ကမ္ဘောဒီးယား အုပ်ချုပ်ရေး ယူနစ်များ- ဒစ်ဂျစ်တယ်စီးပွားရေး အထွေထွေဦးစီးဌာန၊ စီးပွားရေးနှင့် ဘဏ္ဍာရေး ဝန်ကြီးဌာန (data.mef.gov.kh)။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="174"/>
        <source>Not ready to be final</source>
        <translation type="unfinished">အပြီးသတ်ရန် အသင့်မဖြစ်သေးပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="175"/>
        <source>{code} cannot be final yet:
{problems}

Open it to complete it?</source>
        <translation type="unfinished">{code} ကို အပြီးသတ်၍ မရသေးပါ-
{problems}

ပြည့်စုံအောင် ဖြည့်ရန် ဖွင့်မလား။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="183"/>
        <source>Could not finalise the session</source>
        <translation type="unfinished">အသိပညာပေးပွဲကို အပြီးသတ်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="192"/>
        <source>Reopen for correction</source>
        <translation type="unfinished">ပြင်ဆင်ရန် ပြန်ဖွင့်ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="193"/>
        <source>Reopen {code} for correction? It becomes a draft again; your name and the time are recorded.</source>
        <translation type="unfinished">{code} ကို ပြင်ဆင်ရန် ပြန်ဖွင့်မလား။ ၎င်းသည် မူကြမ်း ပြန်ဖြစ်မည်၊ သင့်အမည်နှင့် အချိန်ကို မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="197"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">အသိပညာပေးပွဲကို ပြန်ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="207"/>
        <source>Delete session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="208"/>
        <source>Delete session {code} ({village}, {date})? It disappears from the list and from totals.</source>
        <translation type="unfinished">အသိပညာပေးပွဲ {code} ({village}, {date}) ကို ဖျက်မလား။ ၎င်းသည် စာရင်းနှင့် စုစုပေါင်းများမှ ပျောက်သွားမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="216"/>
        <source>Could not delete the session</source>
        <translation type="unfinished">အသိပညာပေးပွဲကို ဖျက်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="224"/>
        <source>Deleted {code}. Ctrl+Z brings it back; so does Session › Trash until the next export.</source>
        <translation type="unfinished">{code} ကို ဖျက်ပြီး။ Ctrl+Z က ပြန်ယူပေးသည်- နောက်တင်ပို့သည်အထိ အစည်းအဝေး › အမှိုက်ပုံး မှလည်း ရသည်။</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="170"/>
        <source>riskedu – {org} · {team} · {name}</source>
        <translation type="unfinished">riskedu – {org} · {team} · {name}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="164"/>
        <source>Database: {path}</source>
        <translation type="unfinished">ဒေတာဘေ့စ်- {path}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="166"/>
        <source>Database: {name} on server {server}</source>
        <translation type="unfinished">ဒေတာဘေ့စ်- ဆာဗာ {server} ပေါ်ရှိ {name}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="176"/>
        <source>&amp;1 Sessions</source>
        <translation type="unfinished">&amp;1 အသိပညာပေးပွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="177"/>
        <source>&amp;2 Materials</source>
        <translation type="unfinished">&amp;2 ပညာပေးပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="178"/>
        <source>&amp;3 Sync</source>
        <translation type="unfinished">&amp;3 ထပ်တူပြုရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="179"/>
        <source>&amp;4 Conflicts</source>
        <translation type="unfinished">&amp;4 ကွဲလွဲမှုများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="180"/>
        <source>&amp;5 Dashboard</source>
        <translation type="unfinished">&amp;5 အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="181"/>
        <source>&amp;6 Checks</source>
        <translation type="unfinished">&amp;6 စစ်ဆေးချက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="182"/>
        <source>&amp;7 Reports</source>
        <translation type="unfinished">&amp;7 အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="270"/>
        <source>Could not start a new session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အသစ်ကို စတင်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="275"/>
        <source>Could not open the session</source>
        <translation type="unfinished">အသိပညာပေးပွဲကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="300"/>
        <source>Saved {code} as final.</source>
        <translation type="unfinished">{code} ကို အပြီးသတ်အဖြစ် သိမ်းဆည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="301"/>
        <source>Saved {code} as a draft.</source>
        <translation type="unfinished">{code} ကို မူကြမ်းအဖြစ် သိမ်းဆည်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="306"/>
        <source>Reopened {code} for correction.</source>
        <translation type="unfinished">{code} ကို ပြင်ဆင်ရန် ပြန်ဖွင့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="315"/>
        <source>a new session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အသစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="318"/>
        <source>Restore unsaved edit?</source>
        <translation type="unfinished">မသိမ်းရသေးသော ပြင်ဆင်မှုကို ပြန်ယူမလား။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="319"/>
        <source>riskedu was closed while you were editing {what} (last change {when}). Restore the session you were editing?</source>
        <translation type="unfinished">သင် {what} ကို ပြင်ဆင်နေစဉ် riskedu ပိတ်သွားခဲ့သည် (နောက်ဆုံး ပြောင်းလဲမှု {when})။ သင် ပြင်ဆင်နေခဲ့သော အသိပညာပေးပွဲကို ပြန်ယူမလား။</translation>
    </message>
</context>
<context>
    <name>MaterialDetail</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Type:</source>
        <translation type="unfinished">အမျိုးအစား:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Languages:</source>
        <translation type="unfinished">ဘာသာစကားများ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Edition:</source>
        <translation type="unfinished">ထုတ်ဝေမှု:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Audience:</source>
        <translation type="unfinished">ပစ်မှတ်အုပ်စု:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>Hazards:</source>
        <translation type="unfinished">အန္တရာယ်များ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>File:</source>
        <translation type="unfinished">ဖိုင်:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Warn at:</source>
        <translation type="unfinished">သတိပေးရန်:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Notes:</source>
        <translation type="unfinished">မှတ်ချက်:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="198"/>
        <source>Stock history (newest first)</source>
        <translation type="unfinished">လက်ကျန် မှတ်တမ်း (အသစ်ဆုံး အရင်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="206"/>
        <source>&lt;i&gt;Choose a material in the list.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;စာရင်းထဲမှ ပစ္စည်းတစ်ခုကို ရွေးပါ။&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="221"/>
        <source>{count} in stock</source>
        <translation type="unfinished">လက်ကျန် {count}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="223"/>
        <source>{count} or fewer</source>
        <translation type="unfinished">{count} သို့မဟုတ် ထို့ထက်နည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="225"/>
        <source>No warning</source>
        <translation type="unfinished">သတိပေးချက် မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="234"/>
        <source>Drawing the preview…</source>
        <translation type="unfinished">အစမ်းကြည့်ပုံ ဆွဲနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="235"/>
        <source>No file</source>
        <translation type="unfinished">ဖိုင် မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="242"/>
        <source>The file cannot be shown: it is missing or damaged. Edit the material to add it again.</source>
        <translation type="unfinished">ဖိုင်ကို ပြ၍ မရပါ- ပျောက်နေသည် သို့မဟုတ် ပျက်စီးနေသည်။ ပြန်ထည့်ရန် ပစ္စည်းကို ပြင်ပါ။</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="49"/>
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished">PDF သို့မဟုတ် ပုံ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>New material</source>
        <translation type="unfinished">ပညာပေးပစ္စည်း အသစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>Edit material</source>
        <translation type="unfinished">ပညာပေးပစ္စည်း ပြင်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>&amp;Titles:</source>
        <translation type="unfinished">ခေါင်းစဉ်များ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">အမျိုးအစား (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>Languages:</source>
        <translation type="unfinished">ဘာသာစကားများ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished">ထုတ်ဝေမှု (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Au&amp;dience:</source>
        <translation type="unfinished">ပစ်မှတ်အုပ်စု (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Ha&amp;zards:</source>
        <translation type="unfinished">အန္တရာယ်များ (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>File:</source>
        <translation type="unfinished">ဖိုင်:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Warn when stock is at:</source>
        <translation type="unfinished">လက်ကျန် ဤမျှရှိလျှင် သတိပေးရန် (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished">မှတ်ချက် (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="139"/>
        <source>Choose…</source>
        <translation type="unfinished">ရွေးပါ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Add &amp;title</source>
        <translation type="unfinished">ခေါင်းစဉ် ထည့်ရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Remo&amp;ve title</source>
        <translation type="unfinished">ခေါင်းစဉ် ဖယ်ရန် (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="148"/>
        <source>No warning</source>
        <translation type="unfinished">သတိပေးချက် မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="149"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished">ဖိုင် ရွေးရန်… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="150"/>
        <source>No fi&amp;le</source>
        <translation type="unfinished">ဖိုင် မရှိ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="189"/>
        <source>Choose the material&apos;s file</source>
        <translation type="unfinished">ပစ္စည်း၏ ဖိုင်ကို ရွေးပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="198"/>
        <source>Checking {name}…</source>
        <translation type="unfinished">{name} ကို စစ်ဆေးနေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="206"/>
        <source>The file opens and is kept in riskedu&apos;s data folder.</source>
        <translation type="unfinished">ဖိုင်ကို ဖွင့်နိုင်ပြီး riskedu ၏ ဒေတာဖိုင်တွဲတွင် သိမ်းထားမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="247"/>
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished">ဘာမျှ မသိမ်းရသေးပါ။ ကျေးဇူးပြု၍ ပြင်ပါ-</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="27"/>
        <source>Material</source>
        <translation type="unfinished">ပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="28"/>
        <source>Type</source>
        <translation type="unfinished">အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="29"/>
        <source>Languages</source>
        <translation type="unfinished">ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="30"/>
        <source>In stock</source>
        <translation type="unfinished">လက်ကျန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="68"/>
        <source>Retired</source>
        <translation type="unfinished">အသုံးမပြုတော့</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="71"/>
        <source>Out of stock</source>
        <translation type="unfinished">လက်ကျန်ကုန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="72"/>
        <source>Low stock</source>
        <translation type="unfinished">လက်ကျန်နည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="73"/>
        <source>Sample</source>
        <translation type="unfinished">နမူနာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="191"/>
        <source>{balance} left; the warning is at {threshold}. Restock before the next trip.</source>
        <translation type="unfinished">{balance} ကျန်သည်၊ သတိပေးချက်မှာ {threshold} ဖြစ်သည်။ နောက်ခရီးမတိုင်မီ ပြန်ဖြည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="196"/>
        <source>Sample content shipped with riskedu, not a real material.</source>
        <translation type="unfinished">riskedu နှင့်အတူ ပါလာသော နမူနာ အကြောင်းအရာ ဖြစ်ပြီး တကယ့်ပစ္စည်း မဟုတ်ပါ။</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="149"/>
        <source>Fin&amp;d:</source>
        <translation type="unfinished">ရှာရန် (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="150"/>
        <source>Title, edition or notes</source>
        <translation type="unfinished">ခေါင်းစဉ်၊ ထုတ်ဝေမှု သို့မဟုတ် မှတ်ချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="151"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">အမျိုးအစား (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="152"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="153"/>
        <source>Any type</source>
        <translation type="unfinished">အမျိုးအစား အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="154"/>
        <source>Any language</source>
        <translation type="unfinished">ဘာသာစကား အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="155"/>
        <source>Low stock &amp;only</source>
        <translation type="unfinished">လက်ကျန်နည်းသည်များသာ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="156"/>
        <source>Sho&amp;w retired</source>
        <translation type="unfinished">အသုံးမပြုတော့သည်များကို ပြရန် (&amp;W)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>&amp;Add material…</source>
        <translation type="unfinished">ပစ္စည်း ထည့်ရန်… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>Add a material to the catalogue</source>
        <translation type="unfinished">ကတ်တလောက်ထဲသို့ ပစ္စည်း ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">ပြင်ရန်… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>Edit the chosen material (Enter)</source>
        <translation type="unfinished">ရွေးထားသော ပစ္စည်းကို ပြင်ရန် (Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="161"/>
        <source>&amp;Receive stock…</source>
        <translation type="unfinished">လက်ခံရရှိမှု မှတ်ရန်… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="162"/>
        <source>Record copies received, and where they came from</source>
        <translation type="unfinished">လက်ခံရရှိသော အရေအတွက်နှင့် မည်သည့်နေရာမှ ရသည်ကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="163"/>
        <source>Ad&amp;just stock…</source>
        <translation type="unfinished">လက်ကျန် ပြင်ရန်… (&amp;J)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="164"/>
        <source>Record copies lost or damaged, or a count of the shelf</source>
        <translation type="unfinished">ပျောက်ဆုံး သို့မဟုတ် ပျက်စီးသော အရေအတွက်၊ သို့မဟုတ် စင်ပေါ်ရှိ ရေတွက်မှုကို မှတ်တမ်းတင်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="165"/>
        <source>O&amp;pen file</source>
        <translation type="unfinished">ဖိုင် ဖွင့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="166"/>
        <source>Open the material&apos;s file with the computer&apos;s viewer</source>
        <translation type="unfinished">ပစ္စည်း၏ ဖိုင်ကို ကွန်ပျူတာ၏ ကြည့်ရှုစက်ဖြင့် ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="167"/>
        <source>Add the sa&amp;mple catalogue</source>
        <translation type="unfinished">နမူနာ ကတ်တလောက် ထည့်ရန် (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="168"/>
        <source>Add riskedu&apos;s sample materials, to try the page out</source>
        <translation type="unfinished">ဤစာမျက်နှာကို စမ်းကြည့်ရန် riskedu ၏ နမူနာ ပစ္စည်းများကို ထည့်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="169"/>
        <source>Delete…</source>
        <translation type="unfinished">ဖျက်ရန်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="170"/>
        <source>Delete a material entered by mistake (Session › Trash brings it back until the next export)</source>
        <translation type="unfinished">မှားထည့်မိသော ပစ္စည်းကို ဖျက်ရန် (နောက်တင်ပို့သည်အထိ အစည်းအဝေး › အမှိုက်ပုံး မှ ပြန်ယူနိုင်သည်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="175"/>
        <source>No material matches. Change the filters, or add a material.</source>
        <translation type="unfinished">ကိုက်ညီသော ပစ္စည်း မရှိပါ။ စစ်ထုတ်မှုများကို ပြောင်းပါ သို့မဟုတ် ပစ္စည်း ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="230"/>
        <source>Could not read the materials</source>
        <translation type="unfinished">ပစ္စည်းများကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="257"/>
        <source>Bring &amp;back</source>
        <translation type="unfinished">ပြန်သုံးရန် (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="258"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished">အသုံးမပြုတော့ရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="282"/>
        <source>Could not open the material</source>
        <translation type="unfinished">ပစ္စည်းကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="303"/>
        <source>Retire material</source>
        <translation type="unfinished">ပစ္စည်းကို အသုံးမပြုတော့ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="304"/>
        <source>Retire {title}? It is no longer offered for sessions; its history and the sessions that handed it out keep it.</source>
        <translation type="unfinished">{title} ကို အသုံးမပြုတော့ဘူးလား။ အသိပညာပေးပွဲများအတွက် ရွေးစရာ မပါတော့ပါ၊ ၎င်း၏ မှတ်တမ်းနှင့် ၎င်းကို ဝေငှခဲ့သော အသိပညာပေးပွဲများတွင် ဆက်ရှိမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="311"/>
        <source>Could not change the material</source>
        <translation type="unfinished">ပစ္စည်းကို ပြောင်းလဲ၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="317"/>
        <source>Delete material</source>
        <translation type="unfinished">ပစ္စည်း ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="318"/>
        <source>Delete {title} and its stock history? Use this for a material entered by mistake; retire a material that is no longer used.</source>
        <translation type="unfinished">{title} နှင့် ၎င်း၏ လက်ကျန်မှတ်တမ်းကို ဖျက်မလား။ မှားထည့်မိသော ပစ္စည်းအတွက် သုံးပါ- မသုံးတော့သော ပစ္စည်းကို အသုံးမပြုတော့ရန် သတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="327"/>
        <source>Could not delete the material</source>
        <translation type="unfinished">ပစ္စည်းကို ဖျက်၍မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="360"/>
        <source>Could not add the samples</source>
        <translation type="unfinished">နမူနာများကို ထည့်၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="83"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ဝေငှခဲ့သော ပညာပေးပစ္စည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="85"/>
        <source>One line for each material given out at the session. The stock on the Materials page follows on its own when the session is saved, changed or deleted.</source>
        <translation type="unfinished">အသိပညာပေးပွဲတွင် ဝေငှခဲ့သော ပစ္စည်းတစ်ခုစီအတွက် တစ်ကြောင်း။ အသိပညာပေးပွဲကို သိမ်း၊ ပြင် သို့မဟုတ် ဖျက်သည့်အခါ ပညာပေးပစ္စည်း စာမျက်နှာရှိ လက်ကျန်သည် အလိုအလျောက် လိုက်ပြောင်းမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Material</source>
        <translation type="unfinished">ပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished">ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>Quantity</source>
        <translation type="unfinished">အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>In stock</source>
        <translation type="unfinished">လက်ကျန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="91"/>
        <source>Add &amp;material</source>
        <translation type="unfinished">ပစ္စည်း ထည့်ရန် (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="95"/>
        <location filename="../riskedu/ui/editor_materials.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished">ဖယ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="108"/>
        <source>Choose…</source>
        <translation type="unfinished">ရွေးပါ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="122"/>
        <source>Not said</source>
        <translation type="unfinished">မဖော်ပြပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="140"/>
        <source>More than is in stock: record the stock received on the Materials page first.</source>
        <translation type="unfinished">လက်ကျန်ထက် များနေသည်- ပညာပေးပစ္စည်း စာမျက်နှာတွင် လက်ခံရရှိမှုကို အရင် မှတ်တမ်းတင်ပါ။</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="101"/>
        <source>Organisation details for printing</source>
        <translation type="unfinished">ပုံနှိပ်ရန် အဖွဲ့အစည်း အချက်အလက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="102"/>
        <source>Organisation name</source>
        <translation type="unfinished">အဖွဲ့အစည်း အမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="104"/>
        <source>As it should read on certificates and summaries in each language. A document in a language left empty uses the English name.</source>
        <translation type="unfinished">ဘာသာစကားတစ်ခုစီဖြင့် လက်မှတ်များနှင့် အကျဉ်းချုပ်များပေါ်တွင် ဖော်ပြရမည့်အတိုင်း။ ကွက်လပ်ထားသော ဘာသာစကားဖြင့် စာရွက်စာတမ်းသည် အင်္ဂလိပ်အမည်ကို သုံးမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="108"/>
        <source>Logo</source>
        <translation type="unfinished">လိုဂို</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="109"/>
        <source>&amp;Choose picture…</source>
        <translation type="unfinished">ပုံရွေးရန်… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="110"/>
        <source>A PNG or JPEG file, e.g. the logo on your letters</source>
        <translation type="unfinished">PNG သို့မဟုတ် JPEG ဖိုင်၊ ဥပမာ သင့်စာများပေါ်ရှိ လိုဂို</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">ဖယ်ရှားရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="113"/>
        <source>Who signs the certificates</source>
        <translation type="unfinished">လက်မှတ်များကို လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="114"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">အမည် (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="115"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">ရာထူး (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="116"/>
        <source>e.g. Programme manager</source>
        <translation type="unfinished">ဥပမာ အစီအစဉ် မန်နေဂျာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="117"/>
        <source>&amp;Save</source>
        <translation type="unfinished">သိမ်းရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="134"/>
        <source>No logo</source>
        <translation type="unfinished">လိုဂို မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="142"/>
        <source>Choose the logo</source>
        <translation type="unfinished">လိုဂို ရွေးရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="143"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">ပုံများ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="149"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="153"/>
        <source>This picture cannot be the logo</source>
        <translation type="unfinished">ဤပုံကို လိုဂိုအဖြစ် မသုံးနိုင်ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="176"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="180"/>
        <source>The details were not saved</source>
        <translation type="unfinished">အချက်အလက်များကို မသိမ်းရသေးပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="191"/>
        <source>Could not read the organisation details</source>
        <translation type="unfinished">အဖွဲ့အစည်း အချက်အလက်ကို မဖတ်နိုင်ပါ</translation>
    </message>
</context>
<context>
    <name>PageSizeCombo</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="91"/>
        <source>{name} ({width} × {height} mm)</source>
        <translation type="unfinished">{name} ({width} × {height} မီလီမီတာ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="93"/>
        <source>{name} ({width} × {height} in)</source>
        <translation type="unfinished">{name} ({width} × {height} လက်မ)</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="114"/>
        <source>Facilitators (tick everyone who ran the session)</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူများ (အသိပညာပေးပွဲကို ဦးဆောင်ခဲ့သူ အားလုံးကို အမှန်ခြစ်ပါ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="115"/>
        <source>Participants by name (optional)</source>
        <translation type="unfinished">တက်ရောက်သူ အမည်စာရင်း (မဖြစ်မနေ မဟုတ်)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="117"/>
        <source>Only needed for certificates and follow-up. Attendance counts are entered on the Attendance tab.</source>
        <translation type="unfinished">လက်မှတ်များနှင့် နောက်ဆက်တွဲ လုပ်ငန်းများအတွက်သာ လိုအပ်သည်။ တက်ရောက်သူ အရေအတွက်ကို တက်ရောက်သူ တဘ်တွင် ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="119"/>
        <source>&amp;Add facilitator…</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ ထည့်ရန်… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Add pe&amp;rson</source>
        <translation type="unfinished">လူ ထည့်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Remove p&amp;erson</source>
        <translation type="unfinished">လူ ဖယ်ရန် (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="166"/>
        <source>Unknown facilitator</source>
        <translation type="unfinished">အမည်မသိ ဆောင်ရွက်ပေးသူ</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="156"/>
        <source>Print certificates</source>
        <translation type="unfinished">လက်မှတ်များ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="157"/>
        <source>Print the session summary</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အကျဉ်းချုပ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="158"/>
        <source>Print handouts</source>
        <translation type="unfinished">ဝေငှစာရွက်များ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="159"/>
        <source>Print</source>
        <translation type="unfinished">ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="160"/>
        <source>Certificates for the participants of {subject}: one page each.</source>
        <translation type="unfinished">{subject} ၏ ပါဝင်သူများအတွက် လက်မှတ်များ - တစ်ဦးလျှင် တစ်မျက်နှာ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="162"/>
        <source>A one-page summary of {subject}, e.g. for the village chief.</source>
        <translation type="unfinished">{subject} ၏ တစ်မျက်နှာ အကျဉ်းချုပ်၊ ဥပမာ ကျေးရွာ အုပ်ချုပ်ရေးမှူးအတွက်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="164"/>
        <source>Handouts for {subject}: a material from the catalogue, or the standard safety messages.</source>
        <translation type="unfinished">{subject} အတွက် ဝေငှစာရွက်များ - စာရင်းထဲမှ ပညာပေးပစ္စည်း သို့မဟုတ် စံ ဘေးကင်းရေး သတင်းစကား။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="167"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">စာရွက်စာတမ်း ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">စက္ကူ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>Orientation:</source>
        <translation type="unfinished">စာမျက်နှာ အနေအထား:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Material:</source>
        <translation type="unfinished">ပညာပေးပစ္စည်း (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Copies:</source>
        <translation type="unfinished">မိတ္တူ အရေအတွက် (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="172"/>
        <source>The language the document is printed in, whatever language the window speaks</source>
        <translation type="unfinished">ဝင်းဒိုးက မည်သည့်ဘာသာစကား သုံးသည်ဖြစ်စေ စာရွက်စာတမ်းကို ပုံနှိပ်မည့် ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="174"/>
        <source>P&amp;ortrait</source>
        <translation type="unfinished">ဒေါင်လိုက် (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="175"/>
        <source>La&amp;ndscape</source>
        <translation type="unfinished">အလျားလိုက် (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="178"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished">ကြိုကြည့်ရန်… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="186"/>
        <source>Standard safety messages sheet</source>
        <translation type="unfinished">စံ ဘေးကင်းရေး သတင်းစကား စာရွက်</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="117"/>
        <source>Print preview – {title}</source>
        <translation type="unfinished">ပုံနှိပ်မီ ကြိုကြည့်ခြင်း – {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="118"/>
        <source>‹ Pre&amp;vious</source>
        <translation type="unfinished">‹ ယခင် (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="119"/>
        <source>Ne&amp;xt ›</source>
        <translation type="unfinished">နောက်တစ်ခု (&amp;X) ›</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="120"/>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">စာမျက်နှာ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="121"/>
        <source>of {count}</source>
        <translation type="unfinished">{count} မျက်နှာအနက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="125"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">ချုံ့ရန် (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="126"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">ချဲ့ရန် (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="128"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">ပုံနှိပ်ရန်… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="129"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation type="unfinished">ပုံနှိပ်စက် ရွေးပြီး ပုံနှိပ်ရန် (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="130"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">PDF အဖြစ် သိမ်းရန်… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="131"/>
        <source>Keep a copy of this document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished">ဤစာရွက်စာတမ်း၏ မိတ္တူကို PDF ဖိုင်အဖြစ် သိမ်းရန် (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="133"/>
        <source>&amp;Close</source>
        <translation type="unfinished">ပိတ်ရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="138"/>
        <source>Fit width</source>
        <translation type="unfinished">အကျယ်နှင့် ကိုက်ညီ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="139"/>
        <source>Whole page</source>
        <translation type="unfinished">စာမျက်နှာ တစ်ခုလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="213"/>
        <source>Print {title}</source>
        <translation type="unfinished">{title} ကို ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">စာမျက်နှာများကို ပုံနှိပ်စက်သို့ ပို့နေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="221"/>
        <source>Printing</source>
        <translation type="unfinished">ပုံနှိပ်နေသည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="227"/>
        <source>Sending page {done} of {total} to the printer…</source>
        <translation type="unfinished">စာမျက်နှာ {total} အနက် {done} ကို ပုံနှိပ်စက်သို့ ပို့နေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="237"/>
        <source>Could not print</source>
        <translation type="unfinished">ပုံနှိပ်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="238"/>
        <source>The printer {printer} did not accept the document. Check that it is switched on and connected, or save the document as a PDF and print it from another computer.</source>
        <translation type="unfinished">ပုံနှိပ်စက် {printer} က စာရွက်စာတမ်းကို လက်မခံပါ။ ဖွင့်ထားပြီး ချိတ်ဆက်ထားကြောင်း စစ်ဆေးပါ၊ သို့မဟုတ် PDF အဖြစ် သိမ်းပြီး အခြားကွန်ပျူတာမှ ပုံနှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="249"/>
        <source>Save {title} as PDF</source>
        <translation type="unfinished">{title} ကို PDF အဖြစ် သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="250"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">PDF စာရွက်စာတမ်းများ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="260"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished">PDF ကို မသိမ်းရသေးပါ</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="87"/>
        <source>Still preparing a document</source>
        <translation type="unfinished">စာရွက်စာတမ်း ပြင်ဆင်နေဆဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="88"/>
        <source>riskedu is still preparing {title}. Wait for it to finish, or cancel it, then try again.</source>
        <translation type="unfinished">riskedu သည် {title} ကို ပြင်ဆင်နေဆဲဖြစ်သည်။ ပြီးသည်အထိ စောင့်ပါ သို့မဟုတ် ပယ်ဖျက်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="122"/>
        <source>Preparing the document</source>
        <translation type="unfinished">စာရွက်စာတမ်း ပြင်ဆင်နေသည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="123"/>
        <source>Preparing {title}…</source>
        <translation type="unfinished">{title} ကို ပြင်ဆင်နေသည်…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="139"/>
        <source>Preparing {title}: {done} of {total}…</source>
        <translation type="unfinished">{title} ကို ပြင်ဆင်နေသည် - {total} အနက် {done}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="176"/>
        <source>The document was prepared but cannot be shown: the file is damaged or empty. Try again; if it happens again, tell your information officer.</source>
        <translation type="unfinished">စာရွက်စာတမ်းကို ပြင်ဆင်ပြီးသော်လည်း ပြသ၍ မရပါ - ဖိုင် ပျက်စီးနေသည် သို့မဟုတ် ဗလာဖြစ်နေသည်။ ထပ်ကြိုးစားပါ၊ ထပ်ဖြစ်ပါက သင့် သတင်းအချက်အလက် တာဝန်ခံကို ပြောပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="187"/>
        <source>Could not prepare {title}</source>
        <translation type="unfinished">{title} ကို မပြင်ဆင်နိုင်ပါ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="41"/>
        <source>&amp;Select All</source>
        <translation type="unfinished">အားလုံးရွေးရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="42"/>
        <source>&amp;Step up</source>
        <translation type="unfinished">တိုးရန် (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="43"/>
        <source>Step &amp;down</source>
        <translation type="unfinished">လျှော့ရန် (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="27"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="28"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="29"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ဖြတ်ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="30"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="31"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">ကူးထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="32"/>
        <source>Delete</source>
        <translation type="unfinished">ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="33"/>
        <source>Select All</source>
        <translation type="unfinished">အားလုံးရွေးရန်</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished">အိုကေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">ဟုတ်ကဲ့ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="16"/>
        <source>&amp;No</source>
        <translation type="unfinished">မဟုတ်ပါ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation type="unfinished">သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation type="unfinished">စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation type="unfinished">ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="20"/>
        <source>Open</source>
        <translation type="unfinished">ဖွင့်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="21"/>
        <source>Apply</source>
        <translation type="unfinished">အသုံးချရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation type="unfinished">အကူအညီ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation type="unfinished">ထပ်ကြိုးစားရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation type="unfinished">လျစ်လျူရှုရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="25"/>
        <source>Abort</source>
        <translation type="unfinished">ရပ်တန့်ရန်</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="34"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">ပြန်ဖျက်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">ပြန်လုပ်ရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ဖြတ်ယူရန် (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="37"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ကူးယူရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="38"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">ကူးထည့်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="39"/>
        <source>Delete</source>
        <translation type="unfinished">ဖျက်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="40"/>
        <source>Select All</source>
        <translation type="unfinished">အားလုံးရွေးရန်</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="121"/>
        <source>Receive stock</source>
        <translation type="unfinished">လက်ခံရရှိမှု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;Copies received:</source>
        <translation type="unfinished">လက်ခံရရှိသော အရေအတွက် (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;From:</source>
        <translation type="unfinished">မှ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">ရက်စွဲ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="125"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">မှတ်စု (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="128"/>
        <source>e.g. headquarters store, donor, printer</source>
        <translation type="unfinished">ဥပမာ ဌာနချုပ် ဂိုဒေါင်၊ အလှူရှင်၊ ပုံနှိပ်တိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="130"/>
        <source>Not said</source>
        <translation type="unfinished">မဖော်ပြပါ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="123"/>
        <source>Period summary</source>
        <translation type="unfinished">ကာလအလိုက် အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="125"/>
        <source>Totals of every session in a period and an area: sessions and beneficiaries, tables by province and district, by method and by audience, girls, boys, women and men by age, charts, and the hazard reports received.</source>
        <translation type="unfinished">ကာလနှင့် နယ်မြေတစ်ခုရှိ အသိပညာပေးပွဲအားလုံး၏ စုစုပေါင်း - ပွဲများနှင့် အကျိုးခံစားသူများ၊ ပြည်နယ်/တိုင်းနှင့် ခရိုင်အလိုက်၊ နည်းလမ်းနှင့် ပစ်မှတ်အုပ်စုအလိုက် ဇယားများ၊ အသက်အလိုက် မိန်းကလေး၊ ယောက်ျားလေး၊ အမျိုးသမီးနှင့် အမျိုးသားများ၊ ဇယားကွက်များနှင့် ရရှိသော အန္တရာယ် သတင်းပို့ချက်များ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>Last month</source>
        <translation type="unfinished">ပြီးခဲ့သောလ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>This month</source>
        <translation type="unfinished">ယခုလ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="131"/>
        <source>Last three months</source>
        <translation type="unfinished">ပြီးခဲ့သော သုံးလ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>This year</source>
        <translation type="unfinished">ယခုနှစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>Last year</source>
        <translation type="unfinished">ပြီးခဲ့သောနှစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="133"/>
        <source>Other dates</source>
        <translation type="unfinished">အခြား ရက်စွဲများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">ကာလ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;from</source>
        <translation type="unfinished">မှ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;to</source>
        <translation type="unfinished">အထိ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>&amp;Area:</source>
        <translation type="unfinished">နယ်မြေ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">စာရွက်စာတမ်း ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="138"/>
        <source>Pa&amp;per:</source>
        <translation type="unfinished">စက္ကူ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="144"/>
        <source>&amp;Generate…</source>
        <translation type="unfinished">ထုတ်ရန်… (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="145"/>
        <source>Prepare the summary and show it to print or save as PDF</source>
        <translation type="unfinished">အကျဉ်းချုပ်ကို ပြင်ဆင်ပြီး ပုံနှိပ်ရန် သို့မဟုတ် PDF အဖြစ် သိမ်းရန် ပြသမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="183"/>
        <source>The period starts ({start}) after it ends ({end}). Choose a start date on or before the end date.</source>
        <translation type="unfinished">ကာလသည် ပြီးဆုံးချိန် ({end}) နောက်မှ စတင်သည် ({start})။ ပြီးဆုံးရက် သို့မဟုတ် ယင်းမတိုင်မီ စတင်ရက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="194"/>
        <source>the period summary {start} – {end}, {area}</source>
        <translation type="unfinished">ကာလအလိုက် အကျဉ်းချုပ် {start} – {end}, {area}</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="56"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished">ဖျက်ခြင်းကို ပြန်ပြင်ရန် (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="57"/>
        <source>Bring back what was just deleted (Ctrl+Z)</source>
        <translation type="unfinished">ယခုဖျက်လိုက်သည်ကို ပြန်ယူရန် (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="58"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished">အမှိုက်ပုံး… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="59"/>
        <source>Deleted sessions, materials, participants and hazard reports, to restore until they are exported (Ctrl+Shift+T)</source>
        <translation type="unfinished">ဖျက်ထားသော အစည်းအဝေး၊ ပစ္စည်း၊ ပါဝင်သူနှင့် အန္တရာယ် သတင်းပို့ချက်များ၊ တင်ပို့သည်အထိ ပြန်ယူနိုင်သည် (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="61"/>
        <source>&amp;History…</source>
        <translation type="unfinished">မှတ်တမ်း… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="62"/>
        <source>Who changed the selected final session, what and when (Ctrl+H)</source>
        <translation type="unfinished">ရွေးထားသော အပြီးသတ် အစည်းအဝေးကို မည်သူ၊ ဘာ၊ မည်သည့်အချိန် ပြောင်းခဲ့သည် (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="63"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished">ယခု သော့ခတ်ရန် (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="64"/>
        <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
        <translation type="unfinished">စကားဝှက် ရိုက်သည်အထိ အားလုံးကို ဖျောက်ထားရန် (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="65"/>
        <source>App loc&amp;k…</source>
        <translation type="unfinished">အက်ပ် သော့… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="66"/>
        <source>Set, change or remove the passphrase that locks riskedu</source>
        <translation type="unfinished">riskedu ကို သော့ခတ်သည့် စကားဝှက်ကို သတ်မှတ်၊ ပြောင်း သို့မဟုတ် ဖယ်ရှားရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="86"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished">ပြန်ပြင်စရာ မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="91"/>
        <location filename="../riskedu/ui/safety_actions.py" line="116"/>
        <source>Could not restore</source>
        <translation type="unfinished">ပြန်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="96"/>
        <source>Restored.</source>
        <translation type="unfinished">ပြန်ယူပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;1 Session</source>
        <translation type="unfinished">&amp;1 အသိပညာပေးပွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;2 Place</source>
        <translation type="unfinished">&amp;2 နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;3 Attendance</source>
        <translation type="unfinished">&amp;3 တက်ရောက်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;4 People</source>
        <translation type="unfinished">&amp;4 လူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;5 Hazards</source>
        <translation type="unfinished">&amp;5 အန္တရာယ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;6 Materials</source>
        <translation type="unfinished">&amp;6 ပညာပေးပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>Session {code}</source>
        <translation type="unfinished">အသိပညာပေးပွဲ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>New session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ အသစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="142"/>
        <source>{title} – riskedu</source>
        <translation type="unfinished">{title} – riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="147"/>
        <source>This record is final: you can read it but not change it. Reopen it for correction to change it; the reopening is recorded with your name.</source>
        <translation type="unfinished">ဤမှတ်တမ်းသည် အပြီးသတ် ဖြစ်သည်- ဖတ်နိုင်သော်လည်း ပြောင်းလဲ၍ မရပါ။ ပြောင်းလဲရန် ပြင်ဆင်ရန် ပြန်ဖွင့်ပါ၊ ပြန်ဖွင့်ခြင်းကို သင့်အမည်ဖြင့် မှတ်တမ်းတင်မည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="150"/>
        <source>Sa&amp;ve draft</source>
        <translation type="unfinished">မူကြမ်းအဖြစ် သိမ်းရန် (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="151"/>
        <source>Save without checking completeness (Ctrl+S)</source>
        <translation type="unfinished">ပြည့်စုံမှု မစစ်ဘဲ သိမ်းရန် (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="152"/>
        <source>Save as fina&amp;l</source>
        <translation type="unfinished">အပြီးသတ်အဖြစ် သိမ်းရန် (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="153"/>
        <source>Check every rule and save as a final record (Ctrl+Enter)</source>
        <translation type="unfinished">စည်းမျဉ်းအားလုံးကို စစ်ဆေးပြီး အပြီးသတ် မှတ်တမ်းအဖြစ် သိမ်းရန် (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="155"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">ပြင်ဆင်ရန် ပြန်ဖွင့်ပါ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="156"/>
        <source>&amp;History…</source>
        <translation type="unfinished">မှတ်တမ်း… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="157"/>
        <source>Who changed this record, what and when</source>
        <translation type="unfinished">ဤမှတ်တမ်းကို မည်သူ၊ ဘာ၊ မည်သည့်အချိန် ပြောင်းခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Close</source>
        <translation type="unfinished">ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="159"/>
        <source>Alt+1…6 switch tabs</source>
        <translation type="unfinished">Alt+1…6 တဘ်ပြောင်းရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="160"/>
        <source>Alt+1…6 switch tabs · Ctrl+S save draft · Ctrl+Enter save as final</source>
        <translation type="unfinished">Alt+1…6 တဘ်ပြောင်းရန် · Ctrl+S မူကြမ်းသိမ်းရန် · Ctrl+Enter အပြီးသတ်သိမ်းရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="227"/>
        <source>Could not keep a safety copy of this edit</source>
        <translation type="unfinished">ဤပြင်ဆင်မှု၏ အရန်မိတ္တူကို သိမ်း၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="252"/>
        <source>The session was not saved</source>
        <translation type="unfinished">အသိပညာပေးပွဲကို မသိမ်းရသေးပါ</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/session_editor.py" line="269"/>
        <source>Nothing was saved. Please correct %Ln problem(s):</source>
        <translation type="unfinished">
            <numerusform>ဘာမျှ မသိမ်းရသေးပါ။ ပြဿနာ %Ln ခုကို ပြင်ပါ-</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="305"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">မသိမ်းရသေးသော ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="306"/>
        <source>This session has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished">ဤအသိပညာပေးပွဲတွင် မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။ မူကြမ်းအဖြစ် သိမ်းမလား။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="329"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">အသိပညာပေးပွဲကို ပြန်ဖွင့်၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>SessionPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="65"/>
        <source>&amp;Print</source>
        <translation type="unfinished">ပုံနှိပ်ရန် (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="67"/>
        <source>&amp;Certificates…</source>
        <translation type="unfinished">လက်မှတ်များ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="68"/>
        <source>Print a certificate for each participant of the session (Ctrl+Shift+P)</source>
        <translation type="unfinished">ပွဲ၏ ပါဝင်သူတစ်ဦးစီအတွက် လက်မှတ် ပုံနှိပ်ရန် (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="69"/>
        <source>Session &amp;summary…</source>
        <translation type="unfinished">ပွဲ အကျဉ်းချုပ်… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="70"/>
        <source>Print a one-page summary of the session</source>
        <translation type="unfinished">ပွဲ၏ တစ်မျက်နှာ အကျဉ်းချုပ် ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="71"/>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">ဝေငှစာရွက်များ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="72"/>
        <source>Print copies of a material or of the standard safety messages</source>
        <translation type="unfinished">ပညာပေးပစ္စည်း သို့မဟုတ် စံ ဘေးကင်းရေး သတင်းစကား မိတ္တူများ ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="101"/>
        <source>certificates of {code}</source>
        <translation type="unfinished">{code} ၏ လက်မှတ်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="105"/>
        <source>the summary of {code}</source>
        <translation type="unfinished">{code} ၏ အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="109"/>
        <source>handouts for {code}</source>
        <translation type="unfinished">{code} အတွက် ဝေငှစာရွက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="118"/>
        <source>Save first</source>
        <translation type="unfinished">အရင် သိမ်းပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="119"/>
        <source>Documents are printed from the saved session. Save your changes (as a draft or as final), then print.</source>
        <translation type="unfinished">စာရွက်စာတမ်းများကို သိမ်းထားသော ပွဲမှ ပုံနှိပ်သည်။ သင့်ပြင်ဆင်ချက်များကို (မူကြမ်း သို့မဟုတ် အပြီးသတ်အဖြစ်) သိမ်းပြီးမှ ပုံနှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="34"/>
        <source>Report code</source>
        <translation type="unfinished">အစီရင်ခံစာ ကုဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="35"/>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="36"/>
        <source>Province</source>
        <translation type="unfinished">ပြည်နယ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="37"/>
        <source>Village / place</source>
        <translation type="unfinished">ကျေးရွာ / နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="39"/>
        <source>Activity</source>
        <translation type="unfinished">လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="40"/>
        <source>Girls</source>
        <translation type="unfinished">မိန်းကလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="41"/>
        <source>Boys</source>
        <translation type="unfinished">ယောက်ျားလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="42"/>
        <source>Women</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="43"/>
        <source>Men</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="44"/>
        <source>Total</source>
        <translation type="unfinished">စုစုပေါင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="45"/>
        <source>Disability</source>
        <translation type="unfinished">မသန်စွမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="278"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished">နေရာအမည်စာရင်းတွင် မပါသော နေရာ</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="96"/>
        <source>Set up riskedu</source>
        <translation type="unfinished">riskedu ကို စတင်ပြင်ဆင်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="98"/>
        <source>&lt;b&gt;Welcome to riskedu.&lt;/b&gt; Tell it once who you work for: every session you log on this laptop carries your organisation, team and name. You can log sessions without any internet connection.</source>
        <translation type="unfinished">&lt;b&gt;riskedu မှ ကြိုဆိုပါသည်။&lt;/b&gt; သင် မည်သူ့အတွက် အလုပ်လုပ်သည်ကို တစ်ကြိမ်သာ ပြောပါ- ဤကွန်ပျူတာတွင် သင် မှတ်တမ်းတင်သော အသိပညာပေးပွဲတိုင်းတွင် သင့်အဖွဲ့အစည်း၊ အဖွဲ့နှင့် အမည် ပါဝင်မည်။ အင်တာနက် မလိုဘဲ မှတ်တမ်းတင်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished">အဖွဲ့အစည်း (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="103"/>
        <source>Organisation &amp;code:</source>
        <translation type="unfinished">အဖွဲ့အစည်း ကုဒ် (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="104"/>
        <source>&amp;Team:</source>
        <translation type="unfinished">အဖွဲ့ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="105"/>
        <source>Team c&amp;ode:</source>
        <translation type="unfinished">အဖွဲ့ ကုဒ် (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="106"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">သင့်အမည် (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="107"/>
        <source>Your &amp;sex:</source>
        <translation type="unfinished">သင့် ကျား/မ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="108"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished">နိုင်ငံ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="109"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ဘာသာစကား (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="113"/>
        <source>e.g. HALO Trust</source>
        <translation type="unfinished">ဥပမာ HALO Trust</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="115"/>
        <source>Short, for report codes, e.g. HALO</source>
        <translation type="unfinished">အစီရင်ခံစာ ကုဒ်များအတွက် အတိုကောက်၊ ဥပမာ HALO</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="116"/>
        <source>e.g. Risk education team 3</source>
        <translation type="unfinished">ဥပမာ အန္တရာယ်အသိပညာပေး အဖွဲ့ ၃</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="117"/>
        <source>Optional, e.g. T3</source>
        <translation type="unfinished">မဖြစ်မနေ မဟုတ်၊ ဥပမာ T3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="118"/>
        <source>Prefer not to say</source>
        <translation type="unfinished">မဖော်ပြလိုပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="119"/>
        <source>Cambodia (administrative units 2025)</source>
        <translation type="unfinished">ကမ္ဘောဒီးယား (အုပ်ချုပ်ရေး ယူနစ်များ ၂၀၂၅)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="150"/>
        <source>Could not save the set-up</source>
        <translation type="unfinished">ပြင်ဆင်မှုကို သိမ်း၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>StockHistoryModel</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="43"/>
        <source>Movement</source>
        <translation type="unfinished">အဝင်အထွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="44"/>
        <source>Quantity</source>
        <translation type="unfinished">အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="45"/>
        <source>Balance</source>
        <translation type="unfinished">လက်ကျန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="46"/>
        <source>Details</source>
        <translation type="unfinished">အသေးစိတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="47"/>
        <source>Recorded by</source>
        <translation type="unfinished">မှတ်တမ်းတင်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="66"/>
        <source>from {source}</source>
        <translation type="unfinished">{source} ထံမှ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="69"/>
        <source>session {code}</source>
        <translation type="unfinished">သင်တန်းချိန် {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="72"/>
        <source>{count} counted</source>
        <translation type="unfinished">{count} ရေတွက်ပြီး</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="92"/>
        <source>&amp;History of bundles</source>
        <translation type="unfinished">ဖိုင်အစုများ၏ မှတ်တမ်းရာဇဝင် (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="93"/>
        <source>&amp;Known installations</source>
        <translation type="unfinished">သိထားသော ထည့်သွင်းထားသည့် စက်များ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="155"/>
        <source>Could not read the sync history</source>
        <translation type="unfinished">ထပ်တူပြုမှု မှတ်တမ်းရာဇဝင်ကို ဖတ်၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="38"/>
        <source>&lt;b&gt;Totals of the list&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;စာရင်း၏ စုစုပေါင်း&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Sessions:</source>
        <translation type="unfinished">အသိပညာပေးပွဲ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Girls:</source>
        <translation type="unfinished">မိန်းကလေး:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Boys:</source>
        <translation type="unfinished">ယောက်ျားလေး:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Women:</source>
        <translation type="unfinished">အမျိုးသမီး:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Men:</source>
        <translation type="unfinished">အမျိုးသား:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Everyone:</source>
        <translation type="unfinished">လူအားလုံး:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="42"/>
        <source>With disability:</source>
        <translation type="unfinished">မသန်စွမ်း:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="46"/>
        <source>Persons with disability (Washington Group: a lot of difficulty or more)</source>
        <translation type="unfinished">မသန်စွမ်းသူများ (Washington Group- အခက်အခဲ များစွာ သို့မဟုတ် ထို့ထက်ပို)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="71"/>
        <source>Trash</source>
        <translation type="unfinished">အမှိုက်ပုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="73"/>
        <source>Deleted sessions, materials, participants and hazard reports stay here and can be restored exactly as they were until the next export. An exported deletion travels to headquarters and can no longer be undone.</source>
        <translation type="unfinished">ဖျက်ထားသော အစည်းအဝေး၊ ပစ္စည်း၊ ပါဝင်သူနှင့် အန္တရာယ် သတင်းပို့ချက်များ ဤနေရာတွင် ရှိပြီး နောက်တင်ပို့သည်အထိ မူလအတိုင်း ပြန်ယူနိုင်သည်။ တင်ပို့ပြီးသော ဖျက်ခြင်းသည် ရုံးချုပ်သို့ ရောက်သွားပြီး ပြန်ဖျက်သိမ်း၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Deleted</source>
        <translation type="unfinished">ဖျက်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>What</source>
        <translation type="unfinished">ဘာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Item</source>
        <translation type="unfinished">အရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Details</source>
        <translation type="unfinished">အသေးစိတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>By</source>
        <translation type="unfinished">ပြုလုပ်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>State</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="79"/>
        <source>The trash is empty.</source>
        <translation type="unfinished">အမှိုက်ပုံး ဗလာဖြစ်နေသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="80"/>
        <source>&amp;Restore</source>
        <translation type="unfinished">ပြန်ယူရန် (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Material</source>
        <translation type="unfinished">ပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="86"/>
        <source>Participant</source>
        <translation type="unfinished">တက်ရောက်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="87"/>
        <source>Hazard report</source>
        <translation type="unfinished">အန္တရာယ် သတင်းပို့ချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="94"/>
        <source>Could not read the trash</source>
        <translation type="unfinished">အမှိုက်ပုံးကို ဖတ်၍မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="100"/>
        <source>Exported: cannot be restored</source>
        <translation type="unfinished">တင်ပို့ပြီး- ပြန်ယူ၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="101"/>
        <source>Can be restored</source>
        <translation type="unfinished">ပြန်ယူနိုင်သည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="133"/>
        <source>Could not restore</source>
        <translation type="unfinished">ပြန်ယူ၍ မရပါ</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="68"/>
        <source>Verify a certificate</source>
        <translation type="unfinished">လက်မှတ်ကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="70"/>
        <source>&amp;Paste the text read from the certificate&apos;s QR code, or type the certificate number printed under it. No internet is needed.</source>
        <translation type="unfinished">လက်မှတ်၏ QR ကုဒ်မှ ဖတ်ထားသော စာသားကို ကူးထည့်ပါ သို့မဟုတ် ၎င်းအောက်တွင် ပုံနှိပ်ထားသော လက်မှတ်နံပါတ်ကို ရိုက်ထည့်ပါ။ အင်တာနက် မလိုပါ။ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="72"/>
        <source>e.g. {number}</source>
        <translation type="unfinished">ဥပမာ {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="74"/>
        <source>&amp;Check</source>
        <translation type="unfinished">စစ်ဆေးရန် (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="75"/>
        <source>Check the certificate (Ctrl+Enter)</source>
        <translation type="unfinished">လက်မှတ်ကို စစ်ဆေးရန် (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished">ပိတ်ရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="95"/>
        <source>Paste or type a certificate code first.</source>
        <translation type="unfinished">လက်မှတ်ကုဒ်ကို အရင် ကူးထည့်ပါ သို့မဟုတ် ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="83"/>
        <location filename="../riskedu/ui/verify_dialog.py" line="99"/>
        <source>Could not check the certificate</source>
        <translation type="unfinished">လက်မှတ်ကို မစစ်ဆေးနိုင်ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="109"/>
        <source>Genuine certificate</source>
        <translation type="unfinished">စစ်မှန်သော လက်မှတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="110"/>
        <source>Not confirmed as genuine</source>
        <translation type="unfinished">စစ်မှန်ကြောင်း အတည်မပြုနိုင်ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Certificate number</source>
        <translation type="unfinished">လက်မှတ် နံပါတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Issued to</source>
        <translation type="unfinished">ထုတ်ပေးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Session date</source>
        <translation type="unfinished">အသိပညာပေးသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Place</source>
        <translation type="unfinished">နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Signed by</source>
        <translation type="unfinished">လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Installation</source>
        <translation type="unfinished">ထည့်သွင်းထားသော စက်</translation>
    </message>
</context>
<context>
    <name>WindowPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="96"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished">ဆက်တင်များ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="97"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">ကိရိယာများ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="99"/>
        <source>&amp;Organisation details for printing…</source>
        <translation type="unfinished">ပုံနှိပ်ရန် အဖွဲ့အစည်း အချက်အလက်… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="100"/>
        <source>The organisation&apos;s name in each language, its logo and who signs certificates</source>
        <translation type="unfinished">ဘာသာစကားတစ်ခုစီဖြင့် အဖွဲ့အစည်း အမည်၊ လိုဂိုနှင့် လက်မှတ်ထိုးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="102"/>
        <source>&amp;Verify a certificate…</source>
        <translation type="unfinished">လက်မှတ်ကို စစ်ဆေးရန်… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="103"/>
        <source>Tell a genuine certificate from a forged one by its QR code or number</source>
        <translation type="unfinished">QR ကုဒ် သို့မဟုတ် နံပါတ်ဖြင့် စစ်မှန်သော လက်မှတ်နှင့် အတုကို ခွဲခြားရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="104"/>
        <source>&amp;Period summary…</source>
        <translation type="unfinished">ကာလအလိုက် အကျဉ်းချုပ်… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="105"/>
        <source>Print the summary of all sessions of a period and area (Alt+7)</source>
        <translation type="unfinished">ကာလနှင့် နယ်မြေတစ်ခုရှိ ပွဲအားလုံး၏ အကျဉ်းချုပ် ပုံနှိပ်ရန် (Alt+5)</translation>
    </message>
</context>
<context>
    <name>WorkBar</name>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">မလုပ်တော့ပါ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="41"/>
        <source>Stop: no file is written and nothing is imported</source>
        <translation type="unfinished">ရပ်ရန် - ဖိုင် မရေးပါ၊ ဘာမျှ မတင်သွင်းပါ</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="81"/>
        <source>{title}: {count} in stock now.</source>
        <translation type="unfinished">{title}- ယခု လက်ကျန် {count}။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="105"/>
        <source>Nothing was recorded. Please correct:</source>
        <translation type="unfinished">ဘာမျှ မှတ်တမ်းမတင်ရသေးပါ။ ကျေးဇူးပြု၍ ပြင်ပါ-</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="67"/>
        <source>Safety briefing</source>
        <translation type="unfinished">ဘေးကင်းရေး အကျဉ်းရှင်းလင်းချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="68"/>
        <source>Direct risk education</source>
        <translation type="unfinished">တိုက်ရိုက် အန္တရာယ်အသိပညာပေး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="69"/>
        <source>Material distribution</source>
        <translation type="unfinished">ပညာပေးပစ္စည်း ဖြန့်ဝေခြင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="70"/>
        <source>Radio</source>
        <translation type="unfinished">ရေဒီယို</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="71"/>
        <source>TV</source>
        <translation type="unfinished">ရုပ်မြင်သံကြား</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="72"/>
        <source>Video</source>
        <translation type="unfinished">ဗီဒီယို</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="73"/>
        <source>Social media</source>
        <translation type="unfinished">လူမှုကွန်ရက် မီဒီယာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="74"/>
        <source>Printed press</source>
        <translation type="unfinished">ပုံနှိပ် မီဒီယာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="75"/>
        <source>Training of teachers</source>
        <translation type="unfinished">ဆရာ/ဆရာမ သင်တန်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="76"/>
        <source>Community focal point training</source>
        <translation type="unfinished">ရပ်ရွာ ဆက်သွယ်ရေးပုဂ္ဂိုလ် သင်တန်း</translation>
    </message>
</context>
<context>
    <name>adjust_reason</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="174"/>
        <source>Lost</source>
        <translation type="unfinished">ပျောက်ဆုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="175"/>
        <source>Damaged</source>
        <translation type="unfinished">ပျက်စီး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="176"/>
        <source>Counted (set the balance)</source>
        <translation type="unfinished">ရေတွက်ပြီး (လက်ကျန် သတ်မှတ်ရန်)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="177"/>
        <source>Other correction</source>
        <translation type="unfinished">အခြား ပြင်ဆင်မှု</translation>
    </message>
</context>
<context>
    <name>age_band</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="50"/>
        <source>0–5</source>
        <translation type="unfinished">၀–၅</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="51"/>
        <source>6–12</source>
        <translation type="unfinished">၆–၁၂</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="52"/>
        <source>13–17</source>
        <translation type="unfinished">၁၃–၁၇</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="53"/>
        <source>18–49</source>
        <translation type="unfinished">၁၈–၄၉</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="54"/>
        <source>50–59</source>
        <translation type="unfinished">၅၀–၅၉</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="55"/>
        <source>60+</source>
        <translation type="unfinished">၆၀+</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../riskedu/ui/app.py" line="68"/>
        <source>Cannot open the database</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ကို ဖွင့်၍ မရပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/app.py" line="69"/>
        <source>riskedu could not open {path}.

{reason}</source>
        <translation type="unfinished">riskedu သည် {path} ကို ဖွင့်၍ မရပါ။

{reason}</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="97"/>
        <source>Community focal points</source>
        <translation type="unfinished">ရပ်ရွာ ဆက်သွယ်ရေးပုဂ္ဂိုလ်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="98"/>
        <source>Community leaders</source>
        <translation type="unfinished">ရပ်ရွာ ခေါင်းဆောင်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="99"/>
        <source>Farmers</source>
        <translation type="unfinished">တောင်သူလယ်သမားများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="100"/>
        <source>Health workers</source>
        <translation type="unfinished">ကျန်းမာရေး ဝန်ထမ်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="101"/>
        <source>Reconstruction workers</source>
        <translation type="unfinished">ပြန်လည်တည်ဆောက်ရေး အလုပ်သမားများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="102"/>
        <source>Refugees / IDPs</source>
        <translation type="unfinished">ဒုက္ခသည်များ / ပြည်တွင်း နေရပ်စွန့်ခွာသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="103"/>
        <source>Religious leaders</source>
        <translation type="unfinished">ဘာသာရေး ခေါင်းဆောင်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="104"/>
        <source>Scrap metal collectors / dealers</source>
        <translation type="unfinished">သံအပိုင်းအစ ကောက်သူ / ရောင်းဝယ်သူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="105"/>
        <source>Teachers</source>
        <translation type="unfinished">ဆရာ/ဆရာမများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="106"/>
        <source>Children / students</source>
        <translation type="unfinished">ကလေးများ / ကျောင်းသားများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="107"/>
        <source>Convoy drivers</source>
        <translation type="unfinished">ယာဉ်တန်း ယာဉ်မောင်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="108"/>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../riskedu/core/backups.py" line="37"/>
        <source>The backup could not be written: {folder} is full. Free some space there or choose another folder (a USB stick will do). The earlier backups are unchanged.</source>
        <translation type="unfinished">အရန်ကူးယူမှုကို ရေးမရပါ- {folder} ပြည့်နေပါသည်။ ထိုနေရာတွင် နေရာလွတ်ဖန်တီးပါ သို့မဟုတ် အခြားဖိုင်တွဲကို ရွေးပါ (USB လည်းရသည်)။ ယခင်အရန်ကူးယူမှုများ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="40"/>
        <source>The backup could not be written: riskedu may not write to {folder}. Choose another folder, or unlock the USB stick. The earlier backups are unchanged.</source>
        <translation type="unfinished">အရန်ကူးယူမှုကို ရေးမရပါ- riskedu သည် {folder} သို့ ရေးခွင့်မရှိပါ။ အခြားဖိုင်တွဲကို ရွေးပါ သို့မဟုတ် USB ကို လော့ခ်ဖွင့်ပါ။ ယခင်အရန်ကူးယူမှုများ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="43"/>
        <source>The backup could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. The earlier backups are unchanged.</source>
        <translation type="unfinished">{folder} သို့ အရန်ကူးယူမှုကို ရေးမရပါ ({reason})။ ဒစ်ခ် သို့မဟုတ် USB ချိတ်ဆက်ထားဆဲဖြစ်ကြောင်း စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။ ယခင်အရန်ကူးယူမှုများ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="46"/>
        <source>The database {path} is damaged ({detail}), so no backup was made: a backup of a damaged file would replace good ones. Restore the latest good backup instead.</source>
        <translation type="unfinished">ဒေတာဘေ့စ် {path} ပျက်စီးနေသည် ({detail})၊ ထို့ကြောင့် အရန်မကူးယူခဲ့ပါ- ပျက်စီးသောဖိုင်၏ အရန်သည် ကောင်းသောအရန်များကို အစားထိုးသွားမည်ဖြစ်သည်။ ယင်းအစား နောက်ဆုံးကောင်းသောအရန်ကို ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="49"/>
        <source>The database {path} could not be read for a backup ({detail}). The earlier backups are unchanged.</source>
        <translation type="unfinished">အရန်ကူးယူရန် ဒေတာဘေ့စ် {path} ကို ဖတ်မရပါ ({detail})။ ယခင်အရန်ကူးယူမှုများ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="52"/>
        <source>Backups are made of a database file on this computer (SQLite). This database is on a server ({url}): back it up with the server&apos;s own tools, such as pg_dump for PostgreSQL.</source>
        <translation type="unfinished">အရန်ကူးယူမှုကို ဤကွန်ပျူတာပေါ်ရှိ ဒေတာဘေ့စ်ဖိုင် (SQLite) အတွက်သာ ပြုလုပ်သည်။ ဤဒေတာဘေ့စ်သည် ဆာဗာပေါ်တွင် ရှိသည် ({url})- PostgreSQL အတွက် pg_dump ကဲ့သို့ ဆာဗာ၏ ကိုယ်ပိုင်ကိရိယာများဖြင့် အရန်ကူးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="37"/>
        <source>{path} is not a riskedu backup (it is not a riskedu database). Nothing was changed.</source>
        <translation type="unfinished">{path} သည် riskedu အရန်မဟုတ်ပါ (riskedu ဒေတာဘေ့စ် မဟုတ်ပါ)။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="40"/>
        <source>The backup {path} is damaged ({detail}). Nothing was changed: choose an older backup.</source>
        <translation type="unfinished">အရန် {path} ပျက်စီးနေသည် ({detail})။ ဘာမှ မပြောင်းလဲခဲ့ပါ- ပိုဟောင်းသော အရန်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="43"/>
        <source>The backup {path} was made by a newer version of riskedu (schema {revision}). Update riskedu to restore it. Nothing was changed.</source>
        <translation type="unfinished">အရန် {path} ကို riskedu ဗားရှင်းအသစ်က ပြုလုပ်ထားသည် (schema {revision})။ ၎င်းကို ပြန်ယူရန် riskedu ကို အပ်ဒိတ်လုပ်ပါ။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="46"/>
        <source>{path} is open in riskedu or another program. Close it there first, then restore again. Nothing was changed.</source>
        <translation type="unfinished">{path} ကို riskedu သို့မဟုတ် အခြားပရိုဂရမ်တွင် ဖွင့်ထားသည်။ ထိုနေရာတွင် အရင်ပိတ်ပြီးမှ ထပ်မံပြန်ယူပါ။ ဘာမှ မပြောင်းလဲခဲ့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="49"/>
        <source>The backup could not be put in place ({reason}). Nothing was changed: free some space beside {path} or check that you may write there, then try again.</source>
        <translation type="unfinished">အရန်ကို နေရာတွင် မထားနိုင်ပါ ({reason})။ ဘာမှ မပြောင်းလဲခဲ့ပါ- {path} ဘေးတွင် နေရာလွတ်ဖန်တီးပါ သို့မဟုတ် ထိုနေရာတွင် ရေးခွင့်ရှိကြောင်း စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="29"/>
        <source>The backup of {time} holds: {counts}.</source>
        <translation type="unfinished">{time} ၏ အရန်တွင် ပါဝင်သည်- {counts}။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="32"/>
        <source>The current database cannot be read, so what it holds beyond the backup is not known.</source>
        <translation type="unfinished">လက်ရှိဒေတာဘေ့စ်ကို ဖတ်မရသဖြင့် အရန်ထက်ပို၍ ဘာပါဝင်သည်ကို မသိရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="35"/>
        <source>The current database holds: {counts}.</source>
        <translation type="unfinished">လက်ရှိဒေတာဘေ့စ်တွင် ပါဝင်သည်- {counts}။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="38"/>
        <source>Records added or changed since this backup, which a restore would undo: {count}.</source>
        <translation type="unfinished">ဤအရန်နောက်ပိုင်း ထည့်သွင်း သို့မဟုတ် ပြောင်းလဲထားပြီး ပြန်ယူပါက ပျက်သွားမည့် မှတ်တမ်းများ- {count}။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="42"/>
        <source>No record was added or changed since this backup.</source>
        <translation type="unfinished">ဤအရန်နောက်ပိုင်း မည်သည့်မှတ်တမ်းမျှ ထည့်သွင်း သို့မဟုတ် ပြောင်းလဲခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="109"/>
        <location filename="../riskedu/ui/window_host.py" line="119"/>
        <source>Could not restore the backup</source>
        <translation type="unfinished">အရန်ကို ပြန်ယူ၍ မရခဲ့ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="116"/>
        <source>Open which database?</source>
        <translation type="unfinished">မည်သည့်ဒေတာဘေ့စ်ကို ဖွင့်မည်နည်း။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="117"/>
        <source>riskedu databases (*.sqlite* *.db);;All files (*)</source>
        <translation type="unfinished">riskedu ဒေတာဘေ့စ်များ (*.sqlite* *.db);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="148"/>
        <source>Backup restored</source>
        <translation type="unfinished">အရန်ကို ပြန်ယူပြီးပါပြီ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="149"/>
        <source>The backup is in place. The database it replaced is kept as {file}.</source>
        <translation type="unfinished">အရန်ကို နေရာတွင် ထားပြီးပါပြီ။ ၎င်းအစားထိုးခဲ့သော ဒေတာဘေ့စ်ကို {file} အဖြစ် သိမ်းထားသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="155"/>
        <source>Backup written and checked: {file}</source>
        <translation type="unfinished">အရန်ကို ရေးပြီး စစ်ဆေးပြီးပါပြီ- {file}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="161"/>
        <source>Automatic backup failed: {reason}</source>
        <translation type="unfinished">အလိုအလျောက် အရန်ကူးယူမှု မအောင်မြင်ပါ- {reason}</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../riskedu/sync/errors.py" line="10"/>
        <source>{file} is not a riskedu sync bundle.</source>
        <translation type="unfinished">{file} သည် riskedu ချိန်ကိုက်ရေး အထုပ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="12"/>
        <source>{file} was cut short or damaged on the way. Copy it again from the USB stick or ask for it to be sent again.</source>
        <translation type="unfinished">{file} သည် လမ်းတွင် ပြတ်တောက် သို့မဟုတ် ပျက်စီးသွားသည်။ USB မှ ထပ်ကူးပါ သို့မဟုတ် ထပ်ပို့ခိုင်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="15"/>
        <source>{file} contains a file name that points outside the bundle ({name}). It was refused.</source>
        <translation type="unfinished">{file} တွင် အထုပ်အပြင်ဘက်သို့ ညွှန်ပြသော ဖိုင်အမည် ({name}) ပါသည်။ ၎င်းကို ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="18"/>
        <source>{file} unpacks to more than {limit} MB. It was refused as unsafe.</source>
        <translation type="unfinished">{file} ကို ဖြည်လျှင် {limit} MB ထက် ကြီးသည်။ ဘေးမကင်းသဖြင့် ငြင်းပယ်လိုက်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="20"/>
        <source>{file} has been changed since it was made: {name} does not match its checksum.</source>
        <translation type="unfinished">{file} ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲထားသည်- {name} သည် ၎င်း၏ checksum နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="23"/>
        <source>{file} is incomplete: {name} is missing.</source>
        <translation type="unfinished">{file} မပြည့်စုံပါ- {name} မပါပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="25"/>
        <source>{file} contains {name}, which its manifest does not list.</source>
        <translation type="unfinished">{file} တွင် manifest တွင် မဖော်ပြထားသော {name} ပါသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="27"/>
        <source>{file} is not signed correctly: it was altered or did not come from the installation it names.</source>
        <translation type="unfinished">{file} ကို မှန်ကန်စွာ လက်မှတ်မထိုးထားပါ- ပြောင်းလဲထားသည် သို့မဟုတ် ၎င်းဖော်ပြသော တပ်ဆင်မှုမှ မလာပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="30"/>
        <source>{file} was made by a newer riskedu (bundle format {version}). Update riskedu to version {app_version} or later to import it.</source>
        <translation type="unfinished">{file} ကို riskedu ဗားရှင်းအသစ် (အထုပ်ပုံစံ {version}) ဖြင့် ပြုလုပ်ထားသည်။ ၎င်းကို တင်သွင်းရန် riskedu ကို ဗားရှင်း {app_version} သို့မဟုတ် နောက်ပိုင်းသို့ အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="33"/>
        <source>{file} is encrypted for another headquarters key ({fingerprint}); it cannot be opened here.</source>
        <translation type="unfinished">{file} ကို အခြား ဌာနချုပ် သော့ ({fingerprint}) အတွက် ကုဒ်ဝှက်ထားသည်၊ ဤနေရာတွင် ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="36"/>
        <source>{file} holds a record that does not fit riskedu ({table}, record {line}). Nothing was imported.</source>
        <translation type="unfinished">{file} တွင် riskedu နှင့် မကိုက်ညီသော မှတ်တမ်း ({table}, မှတ်တမ်း {line}) ပါသည်။ ဘာမျှ မတင်သွင်းရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="39"/>
        <source>The database stayed busy for {minutes} minutes: another riskedu is writing to it (an import, a backup or a save). Nothing of {file} was imported; try again when it has finished.</source>
        <translation type="unfinished">ဒေတာဘေ့စ်သည် {minutes} မိနစ်ကြာ အလုပ်များနေဆဲဖြစ်သည်- အခြား riskedu တစ်ခုက ၎င်းထဲသို့ ရေးနေသည် (တင်သွင်းခြင်း၊ အရန်ကူးခြင်း သို့မဟုတ် သိမ်းဆည်းခြင်း)။ {file} မှ မည်သည့်အရာမျှ မတင်သွင်းရသေးပါ။ ၎င်းပြီးဆုံးသောအခါ ထပ်မံကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="43"/>
        <source>{file} refers to records that came in an earlier bundle from the same installation, which has not been imported here. Import the earlier bundle first.</source>
        <translation type="unfinished">{file} သည် ဤနေရာတွင် မတင်သွင်းရသေးသော တပ်ဆင်မှုတစ်ခုတည်းမှ ယခင်အထုပ်ရှိ မှတ်တမ်းများကို ရည်ညွှန်းသည်။ ယခင်အထုပ်ကို အရင် တင်သွင်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="46"/>
        <source>{file} is a reference bundle that was not signed by your headquarters. Load headquarters&apos; enrolment file first, or ask headquarters for a new bundle.</source>
        <translation type="unfinished">{file} သည် သင့်ဌာနချုပ်က လက်မှတ်မထိုးထားသော ရည်ညွှန်းအထုပ် ဖြစ်သည်။ ဌာနချုပ်၏ မှတ်ပုံတင်ဖိုင်ကို အရင်ဖွင့်ပါ သို့မဟုတ် ဌာနချုပ်ထံ အထုပ်အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="49"/>
        <source>{file} was made by headquarters for another organisation ({organisation}).</source>
        <translation type="unfinished">{file} ကို ဌာနချုပ်က အခြား အဖွဲ့အစည်း ({organisation}) အတွက် ပြုလုပ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="51"/>
        <source>{file} is encrypted; only the headquarters it was made for can open it.</source>
        <translation type="unfinished">{file} ကို ကုဒ်ဝှက်ထားသည်၊ ၎င်းကို ရည်ရွယ်ထားသော ဌာနချုပ်သာ ဖွင့်နိုင်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="54"/>
        <source>{folder} is full, so the bundle could not be written. Free some space there or choose another folder (another USB stick will do). Nothing was marked as sent.</source>
        <translation type="unfinished">{folder} ပြည့်နေသဖြင့် အစုအဝေးကို ရေးမရပါ။ ထိုနေရာတွင် နေရာလွတ်ပြုလုပ်ပါ သို့မဟုတ် အခြားဖိုင်တွဲကို ရွေးပါ (အခြား USB လည်း ရပါသည်)။ ပို့ပြီးဟု မည်သည့်အရာကိုမျှ မှတ်သားမထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="57"/>
        <source>riskedu may not write to {folder} (it is read-only or write-protected), so the bundle could not be written. Choose another folder, or unlock the USB stick. Nothing was marked as sent.</source>
        <translation type="unfinished">riskedu သည် {folder} သို့ ရေးခွင့်မရှိပါ (ဖတ်ရန်သာ သို့မဟုတ် ရေးခြင်းမှ ကာကွယ်ထားသည်)၊ ထို့ကြောင့် အစုအဝေးကို ရေးမရပါ။ အခြားဖိုင်တွဲကို ရွေးပါ သို့မဟုတ် USB ကို သော့ဖွင့်ပါ။ ပို့ပြီးဟု မည်သည့်အရာကိုမျှ မှတ်သားမထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="61"/>
        <source>The bundle could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. Nothing was marked as sent.</source>
        <translation type="unfinished">အစုအဝေးကို {folder} သို့ ရေးမရပါ ({reason})။ ဒစ် သို့မဟုတ် USB ချိတ်ဆက်ထားဆဲဖြစ်ကြောင်း စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။ ပို့ပြီးဟု မည်သည့်အရာကိုမျှ မှတ်သားမထားပါ။</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="61"/>
        <source>Direct</source>
        <translation type="unfinished">တိုက်ရိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="62"/>
        <source>Indirect (media)</source>
        <translation type="unfinished">သွယ်ဝိုက် (မီဒီယာ)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="63"/>
        <source>Training</source>
        <translation type="unfinished">သင်တန်း</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../riskedu/core/db/files.py" line="12"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished">{path} သည် ဖိုင်တွဲ ဖြစ်သည်၊ ဒေတာဘေ့စ် ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="13"/>
        <source>{path} is not a riskedu database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished">{path} သည် riskedu ဒေတာဘေ့စ် မဟုတ်ပါ (SQLite ဖိုင် မဟုတ်ပါ)။ ၎င်းကို မပြောင်းလဲထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="16"/>
        <source>{path} cannot be read as a database ({reason}). It has not been changed.</source>
        <translation type="unfinished">{path} ကို ဒေတာဘေ့စ်အဖြစ် ဖတ်၍ မရပါ ({reason})။ ၎င်းကို မပြောင်းလဲထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="18"/>
        <source>{path} is a database of another program, not riskedu&apos;s. It has not been changed.</source>
        <translation type="unfinished">{path} သည် riskedu ၏ မဟုတ်ဘဲ အခြား ပရိုဂရမ်၏ ဒေတာဘေ့စ် ဖြစ်သည်။ ၎င်းကို မပြောင်းလဲထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/migrate.py" line="36"/>
        <source>This database was made by a newer version of riskedu (schema {revision}). Update riskedu to open it; the file has not been changed.</source>
        <translation type="unfinished">ဤဒေတာဘေ့စ်ကို riskedu ဗားရှင်းအသစ် (schema {revision}) ဖြင့် ပြုလုပ်ထားသည်။ ဖွင့်ရန် riskedu ကို အဆင့်မြှင့်ပါ၊ ဖိုင်ကို မပြောင်းလဲထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="22"/>
        <source>The database server {server} cannot be reached ({reason}). Check the address and port in the database URL, the network, and that the server is running. Nothing was changed.</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ဆာဗာ {server} ကို ဆက်သွယ်၍မရပါ ({reason})။ ဒေတာဘေ့စ် URL ရှိ လိပ်စာနှင့် ပို့တ်၊ ကွန်ရက်နှင့် ဆာဗာ အလုပ်လုပ်နေခြင်းရှိမရှိ စစ်ဆေးပါ။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="26"/>
        <source>The database server {server} refused user {user}: the password or the user name is wrong. Check them in the database URL or ask the server&apos;s administrator. Nothing was changed.</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ဆာဗာ {server} သည် အသုံးပြုသူ {user} ကို ငြင်းပယ်ခဲ့သည်- စကားဝှက် သို့မဟုတ် အသုံးပြုသူအမည် မှားနေသည်။ ဒေတာဘေ့စ် URL တွင် စစ်ဆေးပါ သို့မဟုတ် ဆာဗာစီမံခန့်ခွဲသူကို မေးပါ။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="30"/>
        <source>The database server {server} has no database called {name}. Ask the server&apos;s administrator to create it (CREATE DATABASE {name}), then try again.</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ဆာဗာ {server} တွင် {name} အမည်ရှိ ဒေတာဘေ့စ် မရှိပါ။ ဆာဗာစီမံခန့်ခွဲသူအား ၎င်းကို ဖန်တီးရန် (CREATE DATABASE {name}) တောင်းဆိုပြီး ထပ်မံကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="33"/>
        <source>{url} is not a database URL riskedu can use ({reason}). Write it like {example}, or give the path of a file.</source>
        <translation type="unfinished">{url} သည် riskedu အသုံးပြုနိုင်သော ဒေတာဘေ့စ် URL မဟုတ်ပါ ({reason})။ {example} ကဲ့သို့ ရေးပါ၊ သို့မဟုတ် ဖိုင်၏ လမ်းကြောင်းကို ပေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="37"/>
        <source>The database server {server} answered with an error: {reason}. Nothing was changed.</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ဆာဗာ {server} က အမှားဖြင့် ပြန်ဖြေသည်- {reason}။ မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="38"/>
        <source>Enter the time as HH:MM, for example 08:30.</source>
        <translation type="unfinished">အချိန်ကို HH:MM ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ 08:30။</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../riskedu/ui/errors.py" line="31"/>
        <source>The disk is full, so riskedu could not save. Free some space (copy old files to a USB stick and delete them) and try again. Nothing was lost from what was saved before.</source>
        <translation type="unfinished">ဒစ်ခ် ပြည့်နေသဖြင့် riskedu သိမ်းဆည်း၍ မရပါ။ နေရာလွတ်ပြုလုပ်ပါ (ဖိုင်ဟောင်းများကို USB သို့ ကူးပြီး ဖျက်ပါ)၊ ထို့နောက် ထပ်ကြိုးစားပါ။ ယခင်က သိမ်းထားသည်များ မပျောက်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="35"/>
        <source>The database file is read-only, so riskedu could not save. Copy it to a folder you may write to, or ask for write permission, and try again.</source>
        <translation type="unfinished">ဒေတာဘေ့စ်ဖိုင်သည် ဖတ်ရန်သာ ဖြစ်သဖြင့် riskedu သိမ်းဆည်း၍ မရပါ။ သင်ရေးနိုင်သော ဖိုင်တွဲသို့ ကူးပါ သို့မဟုတ် ရေးခွင့် တောင်းပါ၊ ထို့နောက် ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="38"/>
        <source>The database is busy: another program is using it. Wait a moment and try again.</source>
        <translation type="unfinished">ဒေတာဘေ့စ် အလုပ်များနေသည်- အခြားပရိုဂရမ်တစ်ခု သုံးနေသည်။ ခဏစောင့်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="41"/>
        <source>The file is not a riskedu database, or it is damaged ({detail}). Open a copy, or restore the last backup.</source>
        <translation type="unfinished">ဤဖိုင်သည် riskedu ဒေတာဘေ့စ် မဟုတ်ပါ၊ သို့မဟုတ် ပျက်စီးနေသည် ({detail})။ မိတ္တူကို ဖွင့်ပါ သို့မဟုတ် နောက်ဆုံး အရန်ကို ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="44"/>
        <source>riskedu could not read or write its database ({detail}). Check that the disk is still connected and not full, then try again.</source>
        <translation type="unfinished">riskedu သည် ၎င်း၏ ဒေတာဘေ့စ်ကို ဖတ်၍ သို့မဟုတ် ရေး၍ မရပါ ({detail})။ ဒစ်ခ် ချိတ်ဆက်ထားဆဲ ဖြစ်ပြီး မပြည့်ကြောင်း စစ်ဆေးပါ၊ ထို့နောက် ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="47"/>
        <source>This session no longer exists: it may have been deleted. The list has been refreshed.</source>
        <translation type="unfinished">ဤသင်တန်းချိန် မရှိတော့ပါ- ဖျက်လိုက်ခြင်း ဖြစ်နိုင်သည်။ စာရင်းကို ပြန်လည်ပြင်ဆင်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="50"/>
        <source>riskedu could not use the file {file}: {reason}.</source>
        <translation type="unfinished">riskedu သည် ဖိုင် {file} ကို သုံး၍ မရပါ- {reason}။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="51"/>
        <source>riskedu met an unexpected problem ({kind}). What you saved before is safe; please tell your information officer.</source>
        <translation type="unfinished">riskedu မမျှော်လင့်သော ပြဿနာ ({kind}) တစ်ခု ကြုံခဲ့သည်။ ယခင်က သင်သိမ်းထားသည်များ လုံခြုံပါသည်၊ သင်၏ သတင်းအချက်အလက် တာဝန်ခံကို ပြောပြပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="54"/>
        <source>Unexpected problem</source>
        <translation type="unfinished">မမျှော်လင့်သော ပြဿနာ</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../riskedu/ui/text.py" line="24"/>
        <source>Session date</source>
        <translation type="unfinished">အသိပညာပေးသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="25"/>
        <source>Report date</source>
        <translation type="unfinished">အစီရင်ခံသည့်ရက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="26"/>
        <source>Start time</source>
        <translation type="unfinished">စတင်ချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="27"/>
        <source>End time</source>
        <translation type="unfinished">ပြီးဆုံးချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="28"/>
        <source>Village</source>
        <translation type="unfinished">ကျေးရွာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="29"/>
        <source>Place not in the list</source>
        <translation type="unfinished">စာရင်းတွင် မပါသော နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="30"/>
        <source>Type of location</source>
        <translation type="unfinished">နေရာ အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="31"/>
        <source>Latitude</source>
        <translation type="unfinished">လတ္တီတွဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="32"/>
        <source>Longitude</source>
        <translation type="unfinished">လောင်ဂျီတွဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="33"/>
        <source>GPS accuracy</source>
        <translation type="unfinished">GPS တိကျမှု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="34"/>
        <source>Category</source>
        <translation type="unfinished">အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="35"/>
        <source>Activity</source>
        <translation type="unfinished">လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="36"/>
        <source>Method</source>
        <translation type="unfinished">နည်းလမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="37"/>
        <source>Number of sessions</source>
        <translation type="unfinished">အကြိမ်အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="38"/>
        <source>Broadcast start</source>
        <translation type="unfinished">ထုတ်လွှင့်မှု စတင်ချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="39"/>
        <source>Broadcast end</source>
        <translation type="unfinished">ထုတ်လွှင့်မှု ပြီးဆုံးချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="40"/>
        <source>Primary audience</source>
        <translation type="unfinished">အဓိက ပစ်မှတ်အုပ်စု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="41"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">ဆွေးနွေးခဲ့သော အန္တရာယ်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="37"/>
        <location filename="../riskedu/ui/text.py" line="42"/>
        <source>Attendance</source>
        <translation type="unfinished">တက်ရောက်မှု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="43"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသမီးနှင့် မိန်းကလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="44"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသားနှင့် ယောက်ျားလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="45"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">ပထမဆုံးအကြိမ် အကျိုးခံစားသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="38"/>
        <location filename="../riskedu/ui/text.py" line="46"/>
        <source>Facilitators</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="21"/>
        <location filename="../riskedu/ui/text.py" line="47"/>
        <source>Facilitator</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="22"/>
        <location filename="../riskedu/ui/text.py" line="56"/>
        <source>Material</source>
        <translation type="unfinished">ပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="23"/>
        <source>Session</source>
        <translation type="unfinished">အသိပညာပေးပွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="24"/>
        <source>Province</source>
        <translation type="unfinished">ပြည်နယ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="25"/>
        <source>District</source>
        <translation type="unfinished">ခရိုင်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="26"/>
        <source>Commune</source>
        <translation type="unfinished">ကွန်မြူန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="27"/>
        <source>Report code</source>
        <translation type="unfinished">အစီရင်ခံစာ ကုဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="28"/>
        <source>GPS position safe to share</source>
        <translation type="unfinished">မျှဝေရန် လုံခြုံသော GPS တည်နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="48"/>
        <source>Participants</source>
        <translation type="unfinished">တက်ရောက်သူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="49"/>
        <source>Hazard reports</source>
        <translation type="unfinished">အန္တရာယ် သတင်းပို့ချက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished">အခြေအနေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="19"/>
        <location filename="../riskedu/ui/text.py" line="51"/>
        <source>Organisation</source>
        <translation type="unfinished">အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="52"/>
        <source>Organisation code</source>
        <translation type="unfinished">အဖွဲ့အစည်း ကုဒ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="20"/>
        <location filename="../riskedu/ui/text.py" line="53"/>
        <source>Team</source>
        <translation type="unfinished">အဖွဲ့</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="54"/>
        <source>Your name</source>
        <translation type="unfinished">သင့်အမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="55"/>
        <source>Restore</source>
        <translation type="unfinished">ပြန်ယူရန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="57"/>
        <source>New passphrase</source>
        <translation type="unfinished">စကားဝှက်အသစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="58"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished">စကားဝှက်အသစ် ထပ်ရိုက်ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="59"/>
        <source>Current passphrase</source>
        <translation type="unfinished">လက်ရှိ စကားဝှက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="60"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished">အသုံးမပြုသော မိနစ်ပြီးနောက် သော့ခတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="91"/>
        <source>{field}: {message}</source>
        <translation type="unfinished">{field}- {message}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="25"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ဝေငှခဲ့သော ပညာပေးပစ္စည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="26"/>
        <location filename="../riskedu/ui/sync_text.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished">ခေါင်းစဉ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="27"/>
        <source>Type</source>
        <translation type="unfinished">အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="28"/>
        <source>Languages</source>
        <translation type="unfinished">ဘာသာစကားများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished">ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="30"/>
        <source>Edition</source>
        <translation type="unfinished">ထုတ်ဝေမှု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="31"/>
        <source>Target audience</source>
        <translation type="unfinished">ပစ်မှတ်အုပ်စု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="32"/>
        <source>Low-stock warning</source>
        <translation type="unfinished">လက်ကျန်နည်း သတိပေးချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="33"/>
        <source>File</source>
        <translation type="unfinished">ဖိုင်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="34"/>
        <source>Quantity</source>
        <translation type="unfinished">အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="35"/>
        <source>Received from</source>
        <translation type="unfinished">လက်ခံရရှိသည့်နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="36"/>
        <source>Reason</source>
        <translation type="unfinished">အကြောင်းရင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished">မှတ်စု</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="38"/>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../riskedu/core/file_content.py" line="32"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation type="unfinished">{name} ကို ဖတ်၍ မရပါ ({reason})။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="33"/>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} တွင် ဘာမျှ မပါပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="34"/>
        <source>{name} is {size} MB; a material&apos;s file may be at most {limit} MB. Save a smaller copy (for example a PDF made for the screen rather than for print) and add that.</source>
        <translation type="unfinished">{name} သည် {size} MB ရှိသည်၊ ပစ္စည်း၏ ဖိုင်သည် အများဆုံး {limit} MB သာ ရှိရမည်။ ပိုသေးသော မိတ္တူ (ဥပမာ ပုံနှိပ်ရန်ထက် မျက်နှာပြင်တွင် ကြည့်ရန် ပြုလုပ်ထားသော PDF) ကို သိမ်းပြီး ၎င်းကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="37"/>
        <source>{name} is not a PDF, PNG or JPEG file. Save it as one of these and add it again.</source>
        <translation type="unfinished">{name} သည် PDF, PNG သို့မဟုတ် JPEG ဖိုင် မဟုတ်ပါ။ ၎င်းတို့ထဲမှ တစ်မျိုးအဖြစ် သိမ်းပြီး ပြန်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="40"/>
        <source>{name} is damaged: the picture cannot be read to the end ({reason}). Copy it again from where it came from.</source>
        <translation type="unfinished">{name} ပျက်စီးနေသည်- ပုံကို အဆုံးထိ ဖတ်၍ မရပါ ({reason})။ ၎င်းလာရာ နေရာမှ ထပ်ကူးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="43"/>
        <source>{name} is a picture of {width} × {height} pixels; pictures may have at most {limit} million pixels. Save a smaller copy and add that.</source>
        <translation type="unfinished">{name} သည် {width} × {height} pixel ပုံ ဖြစ်သည်၊ ပုံများသည် အများဆုံး pixel {limit} သန်းသာ ရှိရမည်။ ပိုသေးသော မိတ္တူကို သိမ်းပြီး ၎င်းကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="46"/>
        <source>{name} does not open as a PDF ({reason}). Copy it again from where it came from, or save it again as PDF.</source>
        <translation type="unfinished">{name} ကို PDF အဖြစ် ဖွင့်၍ မရပါ ({reason})။ ၎င်းလာရာ နေရာမှ ထပ်ကူးပါ သို့မဟုတ် PDF အဖြစ် ပြန်သိမ်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="49"/>
        <source>{name} is protected by a password. Save a copy without the password and add that.</source>
        <translation type="unfinished">{name} ကို စကားဝှက်ဖြင့် ကာကွယ်ထားသည်။ စကားဝှက်မပါသော မိတ္တူကို သိမ်းပြီး ၎င်းကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="52"/>
        <source>{name} is a PDF without any page.</source>
        <translation type="unfinished">{name} သည် စာမျက်နှာ မပါသော PDF ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>hazard</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="125"/>
        <source>Anti-personnel landmines</source>
        <translation type="unfinished">လူသတ် မိုင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="126"/>
        <source>Anti-vehicle landmines</source>
        <translation type="unfinished">ယာဉ်ဆန့်ကျင်ရေး မိုင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="127"/>
        <source>Cluster munition remnants</source>
        <translation type="unfinished">စုပြုံဗုံး အကြွင်းအကျန်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="128"/>
        <source>Unexploded ordnance</source>
        <translation type="unfinished">မပေါက်ကွဲသေးသော ခဲယမ်းမီးကျောက်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="129"/>
        <source>Abandoned explosive ordnance</source>
        <translation type="unfinished">စွန့်ပစ်ထားသော ခဲယမ်းမီးကျောက်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="130"/>
        <source>Improvised explosive devices</source>
        <translation type="unfinished">လက်လုပ် ပေါက်ကွဲစေတတ်သော ကိရိယာများ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="131"/>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="155"/>
        <source>Khmer</source>
        <translation type="unfinished">ခမာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="156"/>
        <source>English</source>
        <translation type="unfinished">အင်္ဂလိပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="157"/>
        <source>Lao</source>
        <translation type="unfinished">လာအို</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="158"/>
        <source>Thai</source>
        <translation type="unfinished">ထိုင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="159"/>
        <source>Burmese</source>
        <translation type="unfinished">မြန်မာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="160"/>
        <source>Vietnamese</source>
        <translation type="unfinished">ဗီယက်နမ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="161"/>
        <source>Filipino</source>
        <translation type="unfinished">ဖိလစ်ပိုင်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="162"/>
        <source>French</source>
        <translation type="unfinished">ပြင်သစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="163"/>
        <source>No text (pictures only)</source>
        <translation type="unfinished">စာသား မပါ (ပုံများသာ)</translation>
    </message>
</context>
<context>
    <name>location_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="112"/>
        <source>Camp</source>
        <translation type="unfinished">စခန်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="113"/>
        <source>Child-friendly space</source>
        <translation type="unfinished">ကလေးများအတွက် ဘေးကင်းသော နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="114"/>
        <source>Community centre</source>
        <translation type="unfinished">ရပ်ရွာ စင်တာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="115"/>
        <source>Education facility</source>
        <translation type="unfinished">ပညာရေး အဆောက်အအုံ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="116"/>
        <source>Farm</source>
        <translation type="unfinished">လယ်ယာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="117"/>
        <source>Household</source>
        <translation type="unfinished">အိမ်ထောင်စု</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="118"/>
        <source>Market</source>
        <translation type="unfinished">ဈေး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="119"/>
        <source>Medical facility</source>
        <translation type="unfinished">ကျန်းမာရေး ဌာန</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="120"/>
        <source>Religious site (pagoda)</source>
        <translation type="unfinished">ဘာသာရေး နေရာ (ဘုရား၊ ကျောင်း)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="121"/>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
</context>
<context>
    <name>material_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="142"/>
        <source>Poster</source>
        <translation type="unfinished">ပိုစတာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="143"/>
        <source>Leaflet / brochure</source>
        <translation type="unfinished">လက်ကမ်းစာစောင် / ဘရိုရှာ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="144"/>
        <source>Booklet</source>
        <translation type="unfinished">စာအုပ်ငယ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="145"/>
        <source>Flip chart</source>
        <translation type="unfinished">လှန်ကတ်ချပ် (Flip chart)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="146"/>
        <source>Handout</source>
        <translation type="unfinished">ဝေငှစာရွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="147"/>
        <source>Video</source>
        <translation type="unfinished">ဗီဒီယို</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="148"/>
        <source>T-shirt</source>
        <translation type="unfinished">တီရှပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="149"/>
        <source>Bag</source>
        <translation type="unfinished">အိတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="150"/>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
</context>
<context>
    <name>materials</name>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="53"/>
        <source>This material no longer exists: it may have been removed. The list has been refreshed.</source>
        <translation type="unfinished">ဤပစ္စည်း မရှိတော့ပါ- ဖယ်ရှားလိုက်ခြင်း ဖြစ်နိုင်သည်။ စာရင်းကို ပြန်လည်ပြင်ဆင်ပြီး ဖြစ်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="62"/>
        <source>(no title)</source>
        <translation type="unfinished">(ခေါင်းစဉ် မရှိ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="76"/>
        <source>No file</source>
        <translation type="unfinished">ဖိုင် မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="79"/>
        <source>{size} KB</source>
        <translation type="unfinished">{size} KB</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="81"/>
        <source>{size} MB</source>
        <translation type="unfinished">{size} MB</translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="88"/>
        <source>Interactive group session</source>
        <translation type="unfinished">အပြန်အလှန် ပါဝင်သော အုပ်စုလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="89"/>
        <source>House to house</source>
        <translation type="unfinished">အိမ်တစ်အိမ်မှ တစ်အိမ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="90"/>
        <source>Focus group discussion</source>
        <translation type="unfinished">အုပ်စုလိုက် ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="91"/>
        <source>Peer-to-peer</source>
        <translation type="unfinished">သူငယ်ချင်းချင်း ပညာပေး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="92"/>
        <source>Theatre</source>
        <translation type="unfinished">ပြဇာတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished">အခြား</translation>
    </message>
</context>
<context>
    <name>participant_role</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="135"/>
        <source>Participant</source>
        <translation type="unfinished">တက်ရောက်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="136"/>
        <source>Teacher</source>
        <translation type="unfinished">ဆရာ/ဆရာမ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="137"/>
        <source>Community focal point</source>
        <translation type="unfinished">ရပ်ရွာ ဆက်သွယ်ရေးပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="138"/>
        <source>Facilitator</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="25"/>
        <source>Session {code} has nobody on its roster. Add the participants&apos; names in the session&apos;s Roster tab, then print the certificates.</source>
        <translation type="unfinished">အစည်းအဝေး {code} တွင် စာရင်းဝင်သူ မရှိပါ။ စာရင်းတက်ဘ်တွင် ပါဝင်သူအမည်များ ထည့်ပြီးမှ လက်မှတ်များ ပုံနှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="143"/>
        <location filename="../riskedu/printing/certificates.py" line="221"/>
        <source>Certificate of participation</source>
        <translation type="unfinished">ပါဝင်ကြောင်း လက်မှတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="148"/>
        <source>This certifies that</source>
        <translation type="unfinished">ဤလက်မှတ်ဖြင့် အောက်ပါပုဂ္ဂိုလ်သည်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="155"/>
        <source>as {role}</source>
        <translation type="unfinished">{role} အဖြစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="159"/>
        <source>has taken part in explosive ordnance risk education</source>
        <translation type="unfinished">ပေါက်ကွဲစေတတ်သော ပစ္စည်းများ၏ အန္တရာယ် ပညာပေးတွင် ပါဝင်ခဲ့သည်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="166"/>
        <source>in {village}</source>
        <translation type="unfinished">{village} တွင်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="173"/>
        <source>on {date}</source>
        <translation type="unfinished">{date} နေ့တွင်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="184"/>
        <location filename="../riskedu/printing/session_summary.py" line="166"/>
        <source>Signature</source>
        <translation type="unfinished">လက်မှတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="192"/>
        <source>Certificate No. {number}</source>
        <translation type="unfinished">လက်မှတ်အမှတ် {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="205"/>
        <location filename="../riskedu/printing/certificates.py" line="206"/>
        <source>Scan to check it is genuine</source>
        <translation type="unfinished">စစ်မှန်ကြောင်း စကင်ဖတ်၍ စစ်ပါ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="27"/>
        <source>Copies must be a whole number from 1 to {limit}.</source>
        <translation type="unfinished">မိတ္တူအရေအတွက်သည် ၁ မှ {limit} အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="29"/>
        <source>No material {material} in this database. Choose one from the Materials page.</source>
        <translation type="unfinished">ဤဒေတာဘေ့စ်တွင် ပစ္စည်း {material} မရှိပါ။ ပစ္စည်းများ စာမျက်နှာမှ ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="31"/>
        <source>{title} has no file to print. Add its PDF or picture on the Materials page, or print the standard safety messages instead.</source>
        <translation type="unfinished">{title} တွင် ပုံနှိပ်ရန် ဖိုင်မရှိပါ။ ပစ္စည်းများ စာမျက်နှာတွင် PDF သို့မဟုတ် ပုံ ထည့်ပါ၊ သို့မဟုတ် စံ ဘေးကင်းရေး သတင်းစကားကို ပုံနှိပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="34"/>
        <source>The file of {title} is missing from the file store. Add the file to the material again.</source>
        <translation type="unfinished">{title} ၏ ဖိုင် ဖိုင်သိုလှောင်ရာတွင် မရှိပါ။ ပစ္စည်းထံ ဖိုင်ကို ထပ်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="87"/>
        <location filename="../riskedu/printing/safety_sheet.py" line="39"/>
        <source>Safety messages</source>
        <translation type="unfinished">ဘေးကင်းရေး သတင်းစကား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="16"/>
        <source>The document cannot be written to {path} ({reason}). Choose another folder or free some space.</source>
        <translation type="unfinished">စာရွက်စာတမ်းကို {path} သို့ မရေးနိုင်ပါ ({reason})။ အခြားဖိုင်တွဲ ရွေးပါ သို့မဟုတ် နေရာလွတ် ပြုလုပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="19"/>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation type="unfinished">ဖိုင်တွဲ {folder} မရှိပါ။ ရှိပြီးသား ဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}). Swap the dates.</source>
        <translation type="unfinished">ကာလ စတင်ရက် ({start}) သည် ပြီးဆုံးရက် ({end}) နောက်တွင် ဖြစ်နေသည်။ ရက်စွဲများကို လဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="48"/>
        <source>By province</source>
        <translation type="unfinished">ပြည်နယ်/တိုင်းအလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="49"/>
        <source>By district</source>
        <translation type="unfinished">ခရိုင်အလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="50"/>
        <source>By commune</source>
        <translation type="unfinished">ကျေးရွာအုပ်စုအလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="61"/>
        <location filename="../riskedu/printing/period_summary.py" line="106"/>
        <source>Sessions</source>
        <translation type="unfinished">အသိပညာပေးပွဲများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="62"/>
        <location filename="../riskedu/printing/period_summary.py" line="230"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">အကျိုးခံစားသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="63"/>
        <location filename="../riskedu/printing/period_summary.py" line="107"/>
        <location filename="../riskedu/printing/session_summary.py" line="117"/>
        <source>Girls</source>
        <translation type="unfinished">မိန်းကလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="64"/>
        <location filename="../riskedu/printing/period_summary.py" line="108"/>
        <location filename="../riskedu/printing/session_summary.py" line="118"/>
        <source>Boys</source>
        <translation type="unfinished">ယောက်ျားလေး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="65"/>
        <location filename="../riskedu/printing/period_summary.py" line="109"/>
        <location filename="../riskedu/printing/session_summary.py" line="119"/>
        <source>Women</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="66"/>
        <location filename="../riskedu/printing/period_summary.py" line="110"/>
        <location filename="../riskedu/printing/session_summary.py" line="120"/>
        <source>Men</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="67"/>
        <source>With disability</source>
        <translation type="unfinished">မသန်စွမ်းသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="68"/>
        <source>Hazard reports</source>
        <translation type="unfinished">အန္တရာယ် သတင်းပို့ချက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="111"/>
        <location filename="../riskedu/printing/period_summary.py" line="131"/>
        <location filename="../riskedu/printing/period_summary.py" line="151"/>
        <location filename="../riskedu/printing/session_summary.py" line="104"/>
        <location filename="../riskedu/printing/session_summary.py" line="110"/>
        <source>Total</source>
        <translation type="unfinished">စုစုပေါင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="149"/>
        <location filename="../riskedu/printing/session_summary.py" line="108"/>
        <source>Female</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="150"/>
        <location filename="../riskedu/printing/session_summary.py" line="109"/>
        <source>Male</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="145"/>
        <source>Sex and age</source>
        <translation type="unfinished">ကျား/မ နှင့် အသက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="148"/>
        <location filename="../riskedu/printing/session_summary.py" line="107"/>
        <source>Age</source>
        <translation type="unfinished">အသက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="162"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">လက်ခံရရှိသော အန္တရာယ် အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="164"/>
        <location filename="../riskedu/printing/session_summary.py" line="201"/>
        <location filename="../riskedu/printing/session_summary.py" line="218"/>
        <source>None</source>
        <translation type="unfinished">မရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <location filename="../riskedu/printing/period_summary.py" line="195"/>
        <location filename="../riskedu/printing/session_summary.py" line="209"/>
        <source>Ordnance type</source>
        <translation type="unfinished">ပေါက်ကွဲပစ္စည်း အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <source>Reports</source>
        <translation type="unfinished">အစီရင်ခံစာ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="173"/>
        <source>The {count} most recent reports:</source>
        <translation type="unfinished">နောက်ဆုံး အစီရင်ခံစာ {count} ခု -</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="192"/>
        <location filename="../riskedu/printing/session_summary.py" line="56"/>
        <location filename="../riskedu/printing/session_summary.py" line="167"/>
        <source>Date</source>
        <translation type="unfinished">ရက်စွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="193"/>
        <source>Village</source>
        <translation type="unfinished">ကျေးရွာ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="194"/>
        <location filename="../riskedu/printing/session_summary.py" line="63"/>
        <location filename="../riskedu/printing/session_summary.py" line="208"/>
        <source>Place</source>
        <translation type="unfinished">နေရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="196"/>
        <location filename="../riskedu/printing/session_summary.py" line="211"/>
        <source>Referred to</source>
        <translation type="unfinished">လွှဲပြောင်းပေးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="209"/>
        <source>Direct beneficiaries: {direct}. Indirect beneficiaries (media): {indirect}. First-time beneficiaries: {first}.</source>
        <translation type="unfinished">တိုက်ရိုက် အကျိုးခံစားသူ - {direct}။ သွယ်ဝိုက် အကျိုးခံစားသူ (မီဒီယာ) - {indirect}။ ပထမအကြိမ် အကျိုးခံစားသူ - {first}။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="237"/>
        <source>By method</source>
        <translation type="unfinished">နည်းလမ်းအလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="244"/>
        <source>By audience</source>
        <translation type="unfinished">ပရိသတ်အလိုက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="256"/>
        <source>All provinces</source>
        <translation type="unfinished">ပြည်နယ် အားလုံး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="280"/>
        <source>Summary of sessions</source>
        <translation type="unfinished">အစည်းအဝေးများ အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="281"/>
        <source>{start} to {end} · {area}</source>
        <translation type="unfinished">{start} မှ {end} · {area}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="288"/>
        <source>Generated on {date} by riskedu {version}</source>
        <translation type="unfinished">{date} တွင် riskedu {version} ဖြင့် ထုတ်သည်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="302"/>
        <location filename="../riskedu/printing/session_summary.py" line="260"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished">စာမျက်နှာ {pages} ခုအနက် {page}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="16"/>
        <source>Do not touch, move or pick up anything that looks like a mine, a bomb or any other explosive item.</source>
        <translation type="unfinished">မိုင်း၊ ဗုံး သို့မဟုတ် အခြား ပေါက်ကွဲစေတတ်သော ပစ္စည်းနှင့် တူသည့် မည်သည့်အရာကိုမျှ မကိုင်ပါနှင့်၊ မရွှေ့ပါနှင့်၊ မကောက်ပါနှင့်။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="18"/>
        <source>Stay away. Warn others, mark the place if you can do it safely, and go back the way you came.</source>
        <translation type="unfinished">ဝေးဝေးနေပါ။ အခြားသူများကို သတိပေးပါ၊ ဘေးကင်းစွာ လုပ်နိုင်လျှင် နေရာကို အမှတ်အသားပြုပါ၊ လာခဲ့သည့်လမ်းအတိုင်း ပြန်သွားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="20"/>
        <source>Report it at once to the village chief, the police or a mine action team.</source>
        <translation type="unfinished">ကျေးရွာအုပ်ချုပ်ရေးမှူး၊ ရဲ သို့မဟုတ် မိုင်းရှင်းလင်းရေးအဖွဲ့ထံ ချက်ချင်း သတင်းပို့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="22"/>
        <source>Do not collect, sell or take apart war scrap metal.</source>
        <translation type="unfinished">စစ်ပွဲမှ ကျန်ရစ်သော သံအပိုင်းအစများကို မစုဆောင်းပါနှင့်၊ မရောင်းပါနှင့်၊ မဖြုတ်ပါနှင့်။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="23"/>
        <source>Do not light fires on land that may hold explosive items.</source>
        <translation type="unfinished">ပေါက်ကွဲပစ္စည်း ရှိနိုင်သော မြေပေါ်တွင် မီးမမွှေးပါနှင့်။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="24"/>
        <source>Use only paths and land that people use every day and know to be safe.</source>
        <translation type="unfinished">လူများ နေ့စဉ်သုံးပြီး ဘေးကင်းကြောင်း သိသော လမ်းနှင့် မြေကိုသာ အသုံးပြုပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="26"/>
        <source>Teach children: if you see it, do not touch it, and tell an adult.</source>
        <translation type="unfinished">ကလေးများကို သင်ပေးပါ - တွေ့လျှင် မကိုင်ပါနှင့်၊ လူကြီးကို ပြောပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="44"/>
        <source>Landmines and unexploded ordnance kill and injure. Stay safe:</source>
        <translation type="unfinished">မြေမြှုပ်မိုင်းနှင့် မပေါက်ကွဲသေးသော ပစ္စည်းများသည် သေစေ၊ ဒဏ်ရာရစေသည်။ ဘေးကင်းစွာ နေပါ -</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="62"/>
        <source>Report to:</source>
        <translation type="unfinished">သတင်းပို့ရန် -</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="46"/>
        <location filename="../riskedu/printing/session_summary.py" line="230"/>
        <location filename="../riskedu/printing/session_summary.py" line="250"/>
        <source>Session summary</source>
        <translation type="unfinished">အစည်းအဝေး အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="64"/>
        <source>Location type</source>
        <translation type="unfinished">နေရာ အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="65"/>
        <source>Team</source>
        <translation type="unfinished">အဖွဲ့</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="66"/>
        <source>Facilitators</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished">အမျိုးအစား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="68"/>
        <source>Activity</source>
        <translation type="unfinished">လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="69"/>
        <source>Method</source>
        <translation type="unfinished">နည်းလမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="70"/>
        <source>Number of sessions</source>
        <translation type="unfinished">အကြိမ်အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="71"/>
        <source>Primary audience</source>
        <translation type="unfinished">အဓိက ပစ်မှတ်အုပ်စု</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="72"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">ဆွေးနွေးခဲ့သော အန္တရာယ်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="121"/>
        <source>Female with disability</source>
        <translation type="unfinished">မသန်စွမ်း အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="122"/>
        <source>Male with disability</source>
        <translation type="unfinished">မသန်စွမ်း အမျိုးသား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="123"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">ပထမဆုံးအကြိမ် အကျိုးခံစားသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Facilitator</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Village chief</source>
        <translation type="unfinished">ကျေးရွာအုပ်ချုပ်ရေးမှူး</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="165"/>
        <source>Name</source>
        <translation type="unfinished">အမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="184"/>
        <source>Participants by sex and age</source>
        <translation type="unfinished">ကျား/မ နှင့် အသက်အလိုက် ပါဝင်သူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="188"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ဝေငှခဲ့သော ပညာပေးပစ္စည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="192"/>
        <source>Material</source>
        <translation type="unfinished">ပစ္စည်း</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="193"/>
        <source>Language</source>
        <translation type="unfinished">ဘာသာစကား</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="194"/>
        <source>Quantity</source>
        <translation type="unfinished">အရေအတွက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="204"/>
        <source>Hazard reports raised</source>
        <translation type="unfinished">တင်ပြခဲ့သော အန္တရာယ် အစီရင်ခံစာများ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="210"/>
        <source>Description</source>
        <translation type="unfinished">ဖော်ပြချက်</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/records.py" line="13"/>
        <source>No session {session} in this database. Give its report code (as printed on the session summary) or its id.</source>
        <translation type="unfinished">ဤဒေတာဘေ့စ်တွင် အစည်းအဝေး {session} မရှိပါ။ ၎င်း၏ အစီရင်ခံကုဒ် (အကျဉ်းချုပ်တွင် ပုံနှိပ်ထားသည့်အတိုင်း) သို့မဟုတ် ID ကို ပေးပါ။</translation>
    </message>
</context>
<context>
    <name>print_details</name>
    <message>
        <location filename="../riskedu/core/print_details.py" line="22"/>
        <source>{name} is not a picture. Choose a PNG or JPEG file for the logo.</source>
        <translation type="unfinished">{name} သည် ပုံ မဟုတ်ပါ။ လိုဂိုအတွက် PNG သို့မဟုတ် JPEG ဖိုင် ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="24"/>
        <source>{field} is longer than {limit} characters. Shorten it.</source>
        <translation type="unfinished">{field} သည် စာလုံး {limit} လုံးထက် ရှည်သည်။ တိုအောင် လုပ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="81"/>
        <source>The signatory&apos;s name</source>
        <translation type="unfinished">လက်မှတ်ထိုးသူ၏ အမည်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="82"/>
        <source>The signatory&apos;s title</source>
        <translation type="unfinished">လက်မှတ်ထိုးသူ၏ ရာထူး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="83"/>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished">အဖွဲ့အစည်း၏ အမည်</translation>
    </message>
</context>
<context>
    <name>print_files</name>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="23"/>
        <source>The prepared document is gone from the temporary folder. Close this preview and prepare the document again.</source>
        <translation type="unfinished">ပြင်ဆင်ထားသော စာရွက်စာတမ်းသည် ယာယီဖိုဒါမှ ပျောက်သွားသည်။ ဤကြိုကြည့်မှုကို ပိတ်ပြီး စာရွက်စာတမ်းကို ထပ်ပြင်ဆင်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="26"/>
        <source>riskedu may not write in the folder {folder}: it is read-only or belongs to someone else. Choose another folder, such as your Documents, and save again.</source>
        <translation type="unfinished">riskedu သည် {folder} ဖိုဒါထဲတွင် ရေး၍ မရပါ - ဖတ်ရုံသာ ဖြစ်သည် သို့မဟုတ် အခြားသူ၏ ဖိုဒါ ဖြစ်သည်။ သင့် Documents ကဲ့သို့ အခြားဖိုဒါကို ရွေးပြီး ထပ်သိမ်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="29"/>
        <source>The disk of {folder} is full. Free some space or choose another disk (a USB stick), and save again.</source>
        <translation type="unfinished">{folder} ၏ ဒစ်ခ် ပြည့်နေသည်။ နေရာလွတ် ဖန်တီးပါ သို့မဟုတ် အခြားဒစ်ခ် (USB) ကို ရွေးပြီး ထပ်သိမ်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="32"/>
        <source>The folder {folder} no longer exists (a USB stick taken out?). Choose another folder and save again.</source>
        <translation type="unfinished">{folder} ဖိုဒါ မရှိတော့ပါ (USB ကို ဖြုတ်လိုက်သလား?)။ အခြားဖိုဒါကို ရွေးပြီး ထပ်သိမ်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="35"/>
        <source>Could not save {file}: {reason}. Nothing was written; try another folder.</source>
        <translation type="unfinished">{file} ကို မသိမ်းနိုင်ပါ - {reason}။ ဘာမှ မရေးရသေးပါ၊ အခြားဖိုဒါကို စမ်းကြည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="44"/>
        <source>Female</source>
        <translation type="unfinished">အမျိုးသမီး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="45"/>
        <source>Male</source>
        <translation type="unfinished">အမျိုးသား</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="38"/>
        <source>Draft</source>
        <translation type="unfinished">မူကြမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="39"/>
        <source>Final</source>
        <translation type="unfinished">အပြီးသတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="40"/>
        <source>Exported</source>
        <translation type="unfinished">ထုတ်ယူပြီး</translation>
    </message>
</context>
<context>
    <name>stock_kind</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="168"/>
        <source>Received</source>
        <translation type="unfinished">လက်ခံရရှိ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="169"/>
        <source>Handed out</source>
        <translation type="unfinished">ဝေငှပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="170"/>
        <source>Adjusted</source>
        <translation type="unfinished">ပြင်ဆင်ပြီး</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="31"/>
        <source>Out (exported)</source>
        <translation type="unfinished">အထွက် (ထုတ်ပို့ပြီး)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="32"/>
        <source>In (imported)</source>
        <translation type="unfinished">အဝင် (တင်သွင်းပြီး)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="93"/>
        <source>When</source>
        <translation type="unfinished">မည်သည့်အချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="94"/>
        <source>Direction</source>
        <translation type="unfinished">ဦးတည်ရာ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="95"/>
        <source>File</source>
        <translation type="unfinished">ဖိုင်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="96"/>
        <source>From</source>
        <translation type="unfinished">ထံမှ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="98"/>
        <source>Records</source>
        <translation type="unfinished">မှတ်တမ်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="100"/>
        <source>By</source>
        <translation type="unfinished">ပြုလုပ်သူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="111"/>
        <source>Installation</source>
        <translation type="unfinished">ထည့်သွင်းထားသော စက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="112"/>
        <source>Fingerprint</source>
        <translation type="unfinished">လက်ဗွေ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="114"/>
        <source>Accepted</source>
        <translation type="unfinished">လက်ခံပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="116"/>
        <source>Accepted by</source>
        <translation type="unfinished">လက်ခံသူ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="128"/>
        <source>Table</source>
        <translation type="unfinished">ဇယား</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="130"/>
        <source>Record</source>
        <translation type="unfinished">မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="132"/>
        <source>Kept version of</source>
        <translation type="unfinished">သိမ်းထားသော မူ၏ မှတ်တမ်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="134"/>
        <source>Kept version from</source>
        <translation type="unfinished">သိမ်းထားသော မူ၏ ရင်းမြစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="135"/>
        <source>this installation</source>
        <translation type="unfinished">ဤထည့်သွင်းထားသော စက်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="137"/>
        <source>Found</source>
        <translation type="unfinished">တွေ့ရှိချိန်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="16"/>
        <source>Organisations</source>
        <translation type="unfinished">အဖွဲ့အစည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="17"/>
        <source>Teams</source>
        <translation type="unfinished">အဖွဲ့များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="18"/>
        <source>Facilitators</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="19"/>
        <source>Sessions</source>
        <translation type="unfinished">အသိပညာပေးပွဲများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="20"/>
        <source>Roster</source>
        <translation type="unfinished">အမည်စာရင်း</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="21"/>
        <source>Hazard reports</source>
        <translation type="unfinished">အန္တရာယ် သတင်းပို့ချက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="22"/>
        <source>Status changes</source>
        <translation type="unfinished">အခြေအနေ ပြောင်းလဲမှုများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="23"/>
        <source>Materials</source>
        <translation type="unfinished">ပညာပေးပစ္စည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="24"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ဝေငှခဲ့သော ပညာပေးပစ္စည်းများ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="25"/>
        <source>Stock movements</source>
        <translation type="unfinished">စတော့ အဝင်အထွက်များ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="29"/>
        <source>New</source>
        <translation type="unfinished">အသစ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="30"/>
        <source>Updated</source>
        <translation type="unfinished">ပြင်ဆင်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="31"/>
        <source>Unchanged</source>
        <translation type="unfinished">မပြောင်းလဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="32"/>
        <source>Deleted</source>
        <translation type="unfinished">ဖျက်ပြီး</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="33"/>
        <source>Conflicting</source>
        <translation type="unfinished">ကွဲလွဲ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="63"/>
        <source>{size} KB</source>
        <translation type="unfinished">{size} KB</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="65"/>
        <source>{size} MB</source>
        <translation type="unfinished">{size} MB</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="60"/>
        <source>yes</source>
        <translation type="unfinished">ဟုတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="61"/>
        <source>no</source>
        <translation type="unfinished">မဟုတ်</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="74"/>
        <source>{name} is not a known installation (fingerprint {fingerprint}). Tick “Accept this installation” to import its bundles.</source>
        <translation type="unfinished">{name} သည် သိထားသော ထည့်သွင်းထားသည့် စက် မဟုတ်ပါ (လက်ဗွေ {fingerprint})။ ၎င်း၏ ဖိုင်အစုများကို တင်သွင်းရန် “ဤထည့်သွင်းထားသော စက်ကို လက်ခံရန်” ကို အမှန်ခြစ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="79"/>
        <source>This is not a usable enrolment file from your headquarters ({reason}). Ask headquarters for its enrolment file again.</source>
        <translation type="unfinished">ဤဖိုင်သည် သင့်ဌာနချုပ်မှ သုံးနိုင်သော မှတ်ပုံတင်ဖိုင် မဟုတ်ပါ ({reason})။ ဌာနချုပ်ထံမှ မှတ်ပုံတင်ဖိုင်ကို ထပ်မံတောင်းပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="83"/>
        <source>This conflict was resolved already, or its record no longer exists. The list has been refreshed.</source>
        <translation type="unfinished">ဤကွဲလွဲမှုကို ဖြေရှင်းပြီးဖြစ်သည်၊ သို့မဟုတ် ၎င်း၏ မှတ်တမ်း မရှိတော့ပါ။ စာရင်းကို ပြန်လည်ဖွင့်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="87"/>
        <source>Could not use {file}: {reason}. If it is a USB stick, check that it is still plugged in, not full and not write-protected, then try again. Nothing was marked as sent or imported.</source>
        <translation type="unfinished">{file} ကို သုံး၍ မရပါ- {reason}။ USB ဖြစ်ပါက ထိုးထားဆဲ ဖြစ်ကြောင်း၊ မပြည့်ကြောင်းနှင့် ရေးခွင့်ပိတ်မထားကြောင်း စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။ မည်သည့်အရာကိုမျှ ပို့ပြီး သို့မဟုတ် တင်သွင်းပြီးဟု မှတ်သားမထားပါ။</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../riskedu/core/materials.py" line="27"/>
        <source>Enter the material&apos;s title.</source>
        <translation type="unfinished">ပစ္စည်း၏ ခေါင်းစဉ်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="28"/>
        <source>Choose the language of title {row}.</source>
        <translation type="unfinished">ခေါင်းစဉ် {row} ၏ ဘာသာစကားကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="29"/>
        <source>Title {row} has a language but no text.</source>
        <translation type="unfinished">ခေါင်းစဉ် {row} တွင် ဘာသာစကား ရှိသော်လည်း စာသား မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="30"/>
        <source>Title {row} is longer than {max} letters.</source>
        <translation type="unfinished">ခေါင်းစဉ် {row} သည် စာလုံး {max} ထက် ရှည်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="31"/>
        <source>Two titles are in the same language ({row}); keep one for each language.</source>
        <translation type="unfinished">ခေါင်းစဉ်နှစ်ခုသည် ဘာသာစကား တူနေသည် ({row})၊ ဘာသာစကားတစ်ခုလျှင် တစ်ခုသာ ထားပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="33"/>
        <source>Choose the type of material.</source>
        <translation type="unfinished">ပစ္စည်း အမျိုးအစားကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="34"/>
        <source>Unknown code: {code}.</source>
        <translation type="unfinished">အမည်မသိ ကုဒ်- {code}။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="35"/>
        <source>The edition is longer than {max} letters.</source>
        <translation type="unfinished">ထုတ်ဝေမှုသည် စာလုံး {max} ထက် ရှည်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="36"/>
        <source>The low-stock warning must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">လက်ကျန်နည်း သတိပေးချက်သည် ၀ မှ {max} အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="38"/>
        <source>{title} was handed out at {count} sessions, so it cannot be deleted: retire it instead (its history stays).</source>
        <translation type="unfinished">{title} ကို အစည်းအဝေး {count} ခုတွင် ဝေငှပြီးဖြစ်၍ ဖျက်၍မရပါ- ၎င်းအစား အသုံးမပြုတော့ရန် သတ်မှတ်ပါ (မှတ်တမ်း ဆက်ရှိနေမည်)။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="41"/>
        <source>The material&apos;s file is missing from the file store. Add the file again.</source>
        <translation type="unfinished">ပစ္စည်း၏ ဖိုင်သည် ဖိုင်သိုလှောင်ရာမှ ပျောက်နေသည်။ ဖိုင်ကို ပြန်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="31"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished">အဖွဲ့အစည်း၏ အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="32"/>
        <source>Enter a short organisation code of letters and digits (at most 12).</source>
        <translation type="unfinished">စာလုံးနှင့် ဂဏန်းများဖြင့် အဖွဲ့အစည်း ကုဒ် အတိုကို ထည့်ပါ (အများဆုံး ၁၂ လုံး)။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="34"/>
        <source>Enter the team&apos;s name.</source>
        <translation type="unfinished">အဖွဲ့၏ အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="35"/>
        <source>Enter your name.</source>
        <translation type="unfinished">သင့်အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="36"/>
        <source>Enter the facilitator&apos;s name.</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ၏ အမည်ကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="27"/>
        <source>Choose the material of line {row}.</source>
        <translation type="unfinished">စာကြောင်း {row} ၏ ပစ္စည်းကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="28"/>
        <source>Line {row}: the material is not in the catalogue any more.</source>
        <translation type="unfinished">စာကြောင်း {row}- ပစ္စည်းသည် ကတ်တလောက်တွင် မရှိတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="30"/>
        <source>Line {row}: {title} is retired and cannot be handed out any more.</source>
        <translation type="unfinished">စာကြောင်း {row}- {title} ကို အသုံးမပြုတော့သဖြင့် ဝေငှ၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="32"/>
        <source>Line {row}: the quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">စာကြောင်း {row}- အရေအတွက်သည် ၁ မှ {max} အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="34"/>
        <source>Line {row}: unknown language {code}.</source>
        <translation type="unfinished">စာကြောင်း {row}- အမည်မသိ ဘာသာစကား {code}။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="35"/>
        <source>Only {balance} of {title} in stock, but this session would hand out {quantity} more. Record the stock received first, or count the stock if the record is wrong (Materials page).</source>
        <translation type="unfinished">{title} လက်ကျန် {balance} သာ ရှိသော်လည်း ဤအသိပညာပေးပွဲက {quantity} ထပ် ဝေငှမည်။ လက်ခံရရှိမှုကို အရင် မှတ်တမ်းတင်ပါ၊ သို့မဟုတ် မှတ်တမ်း မှားလျှင် လက်ကျန်ကို ရေတွက်ပါ (ပညာပေးပစ္စည်း စာမျက်နှာ)။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/sessions.py" line="138"/>
        <source>This record is final. Reopen it for correction before editing.</source>
        <translation type="unfinished">ဤမှတ်တမ်းသည် အပြီးသတ် ဖြစ်သည်။ မပြင်မီ ပြင်ဆင်ရန် ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="26"/>
        <source>The quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">အရေအတွက်သည် ၁ မှ {max} အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="28"/>
        <source>The number counted must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">ရေတွက်သော အရေအတွက်သည် ၀ မှ {max} အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="30"/>
        <source>The correction must be a whole number other than 0, at most {max} either way.</source>
        <translation type="unfinished">ပြင်ဆင်မှုသည် ၀ မဟုတ်သော ကိန်းပြည့် ဖြစ်ရမည်၊ အတိုး အလျှော့ {max} ထက် မပိုရ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="33"/>
        <source>Enter where the stock came from (for example the warehouse or the donor).</source>
        <translation type="unfinished">လက်ကျန် လာရာ နေရာကို ထည့်ပါ (ဥပမာ ဂိုဒေါင် သို့မဟုတ် အလှူရှင်)။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="35"/>
        <source>Choose why the stock is adjusted.</source>
        <translation type="unfinished">လက်ကျန် ပြင်ရသည့် အကြောင်းရင်းကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="36"/>
        <source>Explain the correction in the note.</source>
        <translation type="unfinished">ပြင်ဆင်မှုကို မှတ်စုတွင် ရှင်းပြပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="37"/>
        <source>The date must be between 1990 and today.</source>
        <translation type="unfinished">ရက်စွဲသည် ၁၉၉၀ နှင့် ယနေ့ ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="39"/>
        <source>Unknown language: {code}.</source>
        <translation type="unfinished">အမည်မသိ ဘာသာစကား- {code}။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="40"/>
        <source>Only {balance} in stock: taking away {quantity} would leave less than nothing. If there is more on the shelf than the record says, count the stock first (Adjust stock → Counted).</source>
        <translation type="unfinished">လက်ကျန် {balance} သာ ရှိသည်- {quantity} ထုတ်လိုက်လျှင် သုညအောက် ရောက်မည်။ စင်ပေါ်တွင် မှတ်တမ်းထက် ပိုရှိလျှင် လက်ကျန်ကို အရင် ရေတွက်ပါ (လက်ကျန် ပြင်ရန် › ရေတွက်ပြီး)။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="31"/>
        <source>Attendance must be a whole number.</source>
        <translation type="unfinished">တက်ရောက်သူ အရေအတွက်သည် ကိန်းပြည့် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="34"/>
        <source>Attendance cannot be negative.</source>
        <translation type="unfinished">တက်ရောက်သူ အရေအတွက်သည် အနှုတ် မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="37"/>
        <source>Attendance cannot be more than {max}.</source>
        <translation type="unfinished">တက်ရောက်သူ အရေအတွက်သည် {max} ထက် မများရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="40"/>
        <source>Women and girls with disability ({count}) cannot be more than the female attendees ({total}).</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသမီးနှင့် မိန်းကလေး ({count}) သည် အမျိုးသမီး တက်ရောက်သူ ({total}) ထက် မများရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="44"/>
        <source>Men and boys with disability ({count}) cannot be more than the male attendees ({total}).</source>
        <translation type="unfinished">မသန်စွမ်းသော အမျိုးသားနှင့် ယောက်ျားလေး ({count}) သည် အမျိုးသား တက်ရောက်သူ ({total}) ထက် မများရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="48"/>
        <source>First-time beneficiaries ({count}) cannot be more than all attendees ({total}).</source>
        <translation type="unfinished">ပထမဆုံးအကြိမ် အကျိုးခံစားသူ ({count}) သည် တက်ရောက်သူ အားလုံး ({total}) ထက် မများရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="52"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished">ရက်စွဲသည် အနာဂတ်တွင် မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="53"/>
        <source>The date cannot be before 1990.</source>
        <translation type="unfinished">ရက်စွဲသည် ၁၉၉၀ မတိုင်မီ မဖြစ်ရပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="54"/>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished">ပြီးဆုံးချိန်သည် စတင်ချိန်နောက်တွင် ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="57"/>
        <source>The number of sessions must be between 1 and {max}.</source>
        <translation type="unfinished">အကြိမ်အရေအတွက်သည် ၁ နှင့် {max} ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="60"/>
        <source>The broadcast must end after it starts.</source>
        <translation type="unfinished">ထုတ်လွှင့်မှုသည် စတင်ပြီးနောက်မှ ပြီးဆုံးရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="63"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation type="unfinished">လတ္တီတွဒ်သည် -၉၀ နှင့် ၉၀ ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="66"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation type="unfinished">လောင်ဂျီတွဒ်သည် -၁၈၀ နှင့် ၁၈၀ ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="69"/>
        <source>Unknown hazard type: {code}.</source>
        <translation type="unfinished">အမည်မသိ အန္တရာယ် အမျိုးအစား- {code}။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="70"/>
        <source>Participant {row} has no name.</source>
        <translation type="unfinished">တက်ရောက်သူ {row} တွင် အမည် မရှိပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="71"/>
        <source>Participant {row}: age must be between 0 and 120.</source>
        <translation type="unfinished">တက်ရောက်သူ {row}- အသက်သည် ၀ နှင့် ၁၂၀ ကြား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="74"/>
        <source>Enter the date of the session.</source>
        <translation type="unfinished">အသိပညာပေးပွဲ၏ ရက်စွဲကို ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="75"/>
        <source>Choose a village, or type the place if the village is not in the list.</source>
        <translation type="unfinished">ကျေးရွာကို ရွေးပါ၊ သို့မဟုတ် ကျေးရွာ စာရင်းတွင် မပါလျှင် နေရာကို ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="78"/>
        <source>Add at least one facilitator.</source>
        <translation type="unfinished">ဆောင်ရွက်ပေးသူ အနည်းဆုံး တစ်ဦး ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="79"/>
        <source>Choose a category.</source>
        <translation type="unfinished">အမျိုးအစားကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="80"/>
        <source>Choose an activity.</source>
        <translation type="unfinished">လုပ်ဆောင်ချက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="81"/>
        <source>Choose a method.</source>
        <translation type="unfinished">နည်းလမ်းကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="82"/>
        <source>Choose the primary audience.</source>
        <translation type="unfinished">အဓိက ပစ်မှတ်အုပ်စုကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="83"/>
        <source>Choose the type of location.</source>
        <translation type="unfinished">နေရာ အမျိုးအစားကို ရွေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="84"/>
        <source>This activity does not belong to the chosen category.</source>
        <translation type="unfinished">ဤလုပ်ဆောင်ချက်သည် ရွေးထားသော အမျိုးအစားတွင် မပါဝင်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="87"/>
        <source>Enter at least one attendee (only media activities may have none).</source>
        <translation type="unfinished">တက်ရောက်သူ အနည်းဆုံး တစ်ဦး ထည့်ပါ (မီဒီယာ လုပ်ဆောင်ချက်များတွင်သာ မရှိနိုင်သည်)။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="34"/>
        <source>The passphrase must have at least {min} characters; a few words are easy to remember and hard to guess.</source>
        <translation type="unfinished">စကားဝှက်တွင် အနည်းဆုံး စာလုံး {min} လုံး ပါရမည်။ စကားလုံးအနည်းငယ်သည် မှတ်ရလွယ်ပြီး ခန့်မှန်းရခက်သည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="37"/>
        <source>The two passphrases are not the same. Type the new passphrase twice.</source>
        <translation type="unfinished">စကားဝှက် နှစ်ခု မတူပါ။ စကားဝှက်အသစ်ကို နှစ်ကြိမ် ရိုက်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="39"/>
        <source>The current passphrase is wrong, so nothing was changed.</source>
        <translation type="unfinished">လက်ရှိ စကားဝှက် မှားနေသဖြင့် မည်သည့်အရာမျှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="41"/>
        <source>Lock after a whole number of minutes from {min} to {max}.</source>
        <translation type="unfinished">{min} မှ {max} အထိ မိနစ်အပြည့် အရေအတွက်ပြီးနောက် သော့ခတ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="33"/>
        <source>{what} was deleted and then exported: the deletion has travelled and cannot be undone here any more.</source>
        <translation type="unfinished">{what} ကို ဖျက်ပြီး တင်ပို့ပြီးဖြစ်သည်- ဖျက်ခြင်းသည် ပို့ပြီးဖြစ်၍ ဤနေရာတွင် ပြန်ဖျက်သိမ်း၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="36"/>
        <source>This item is no longer in the trash. The list has been refreshed.</source>
        <translation type="unfinished">ဤအရာသည် အမှိုက်ပုံးထဲတွင် မရှိတော့ပါ။ စာရင်းကို ပြန်လည်ဖတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="38"/>
        <source>The session of {what} was deleted too. Restore the session {code} first.</source>
        <translation type="unfinished">{what} ၏ အစည်းအဝေးကိုလည်း ဖျက်ထားသည်။ အစည်းအဝေး {code} ကို အရင် ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="40"/>
        <source>The session {code} is final. Reopen it for correction, then restore {what}.</source>
        <translation type="unfinished">အစည်းအဝေး {code} သည် အပြီးသတ်ဖြစ်သည်။ ပြင်ဆင်ရန် ပြန်ဖွင့်ပြီးမှ {what} ကို ပြန်ယူပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="43"/>
        <source>{title} was deleted from the catalogue. Restore it first, then {what}.</source>
        <translation type="unfinished">{title} ကို စာရင်းမှ ဖျက်ထားသည်။ ၎င်းကို အရင် ပြန်ယူပြီးမှ {what}။</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="45"/>
        <source>Only {balance} of {title} in stock, but {what} handed out {quantity}. Record the stock received first, then restore it.</source>
        <translation type="unfinished">{title} လက်ကျန် {balance} သာရှိသော်လည်း {what} က {quantity} ဝေငှခဲ့သည်။ လက်ခံရရှိသော ပစ္စည်းကို အရင်မှတ်တမ်းတင်ပြီးမှ ပြန်ယူပါ။</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../riskedu/printing/verify.py" line="30"/>
        <source>Genuine: certificate {number} was issued to {name} for the session of {date} in {village}, and signed by {issuer}.</source>
        <translation type="unfinished">စစ်မှန်သည် - လက်မှတ် {number} ကို {village} ရှိ {date} အစည်းအဝေးအတွက် {name} ထံ ထုတ်ပေးပြီး {issuer} က လက်မှတ်ထိုးထားသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="33"/>
        <source>Not genuine: the signature does not match what the certificate says. It was altered or forged.</source>
        <translation type="unfinished">မစစ်မှန်ပါ - လက်မှတ်သည် လက်မှတ်ပါ အကြောင်းအရာနှင့် မကိုက်ညီပါ။ ပြင်ဆင်ထား သို့မဟုတ် အတုလုပ်ထားသည်။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="36"/>
        <source>Cannot be checked here: it was signed by an installation this database does not know. Check it at headquarters, which knows every team&apos;s installation.</source>
        <translation type="unfinished">ဤနေရာတွင် မစစ်နိုင်ပါ - ဤဒေတာဘေ့စ် မသိသော တပ်ဆင်မှုက လက်မှတ်ထိုးထားသည်။ အဖွဲ့တိုင်း၏ တပ်ဆင်မှုကို သိသော ဌာနချုပ်တွင် စစ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="39"/>
        <source>This is not a riskedu certificate code. Scan the QR code again or type the certificate number printed under it.</source>
        <translation type="unfinished">ဤသည် riskedu လက်မှတ်ကုဒ် မဟုတ်ပါ။ QR ကုဒ်ကို ထပ်စကင်ဖတ်ပါ သို့မဟုတ် အောက်တွင် ပုံနှိပ်ထားသော လက်မှတ်အမှတ်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="42"/>
        <source>Recorded: certificate {number} belongs to {name}, session of {date} in {village}. Check that the printed name is the same.</source>
        <translation type="unfinished">မှတ်တမ်းရှိသည် - လက်မှတ် {number} သည် {village} ရှိ {date} အစည်းအဝေးမှ {name} ၏ ဖြစ်သည်။ ပုံနှိပ်အမည် တူညီကြောင်း စစ်ပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="45"/>
        <source>No certificate {number} is recorded in this database. It was not issued here, or its session has not reached this database yet.</source>
        <translation type="unfinished">ဤဒေတာဘေ့စ်တွင် လက်မှတ် {number} မှတ်တမ်း မရှိပါ။ ဤနေရာတွင် မထုတ်ခဲ့ပါ သို့မဟုတ် ၎င်း၏ အစည်းအဝေး ဤဒေတာဘေ့စ်သို့ မရောက်သေးပါ။</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="48"/>
        <source>this installation</source>
        <translation type="unfinished">ဤထည့်သွင်းထားသော စက်</translation>
    </message>
</context>
</TS>
