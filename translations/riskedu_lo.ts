<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="61"/>
        <source>Add a facilitator</source>
        <translation type="unfinished">ເພີ່ມວິທະຍາກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="63"/>
        <source>Not given</source>
        <translation type="unfinished">ບໍ່ໄດ້ລະບຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="66"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished">ເພດ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="74"/>
        <source>Could not add the facilitator</source>
        <translation type="unfinished">ບໍ່ສາມາດເພີ່ມວິທະຍາກອນໄດ້</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="153"/>
        <source>Adjust stock</source>
        <translation type="unfinished">ປັບສາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="157"/>
        <source>&amp;Why:</source>
        <translation type="unfinished">ເຫດຜົນ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>Stock after:</source>
        <translation type="unfinished">ສາງຫຼັງຈາກນີ້:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">ວັນທີ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="159"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">ບັນທຶກ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="160"/>
        <source>What happened (needed for another correction)</source>
        <translation type="unfinished">ສິ່ງທີ່ເກີດຂຶ້ນ (ຕ້ອງການສຳລັບການແກ້ໄຂອື່ນ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="166"/>
        <source>&amp;Copies on the shelf:</source>
        <translation type="unfinished">ຈຳນວນສະບັບຢູ່ເທິງຊັ້ນ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="168"/>
        <source>&amp;Change (+ or −):</source>
        <translation type="unfinished">ການປ່ຽນແປງ (+ ຫຼື −) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="169"/>
        <source>&amp;Copies lost or damaged:</source>
        <translation type="unfinished">ຈຳນວນສະບັບທີ່ເສຍ ຫຼື ເປ່ເພ (&amp;C):</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="46"/>
        <source>Whole country</source>
        <translation type="unfinished">ທົ່ວປະເທດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="47"/>
        <location filename="../riskedu/ui/area_picker.py" line="57"/>
        <source>All districts</source>
        <translation type="unfinished">ທຸກເມືອງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="48"/>
        <source>Report on the whole country or one province</source>
        <translation type="unfinished">ລາຍງານທົ່ວປະເທດ ຫຼື ແຂວງໜຶ່ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="49"/>
        <source>Report on the whole province or one district</source>
        <translation type="unfinished">ລາຍງານທົ່ວແຂວງ ຫຼື ເມືອງໜຶ່ງ</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="96"/>
        <source>People who attended, by sex and age</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ ຕາມເພດ ແລະ ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="97"/>
        <source>Derived totals</source>
        <translation type="unfinished">ຍອດລວມທີ່ຄິດໄລ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="98"/>
        <source>Among them</source>
        <translation type="unfinished">ໃນນັ້ນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="101"/>
        <source>&amp;Female:</source>
        <translation type="unfinished">ຍິງ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="102"/>
        <source>&amp;Male:</source>
        <translation type="unfinished">ຊາຍ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="103"/>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;ລວມ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="104"/>
        <source>Total:</source>
        <translation type="unfinished">ລວມ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Girls (under 18):</source>
        <translation type="unfinished">ເດັກຍິງ (ຕ່ຳກວ່າ 18 ປີ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Boys (under 18):</source>
        <translation type="unfinished">ເດັກຊາຍ (ຕ່ຳກວ່າ 18 ປີ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Women (18 and over):</source>
        <translation type="unfinished">ແມ່ຍິງ (18 ປີຂຶ້ນໄປ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Men (18 and over):</source>
        <translation type="unfinished">ຜູ້ຊາຍ (18 ປີຂຶ້ນໄປ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="107"/>
        <source>Everyone:</source>
        <translation type="unfinished">ທຸກຄົນ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="111"/>
        <source>Women and girls with &amp;disability:</source>
        <translation type="unfinished">ແມ່ຍິງ ແລະ ເດັກຍິງທີ່ພິການ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="112"/>
        <source>Men and &amp;boys with disability:</source>
        <translation type="unfinished">ຜູ້ຊາຍ ແລະ ເດັກຊາຍທີ່ພິການ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="113"/>
        <source>F&amp;irst-time beneficiaries:</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຄັ້ງທຳອິດ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="115"/>
        <source>Count each person once, in their age band. Disability: a lot of difficulty or more in seeing, hearing, walking, remembering, self-care or communicating. Media activities (radio, TV, …) may have no attendees.</source>
        <translation type="unfinished">ນັບແຕ່ລະຄົນພຽງຄັ້ງດຽວ ໃນກຸ່ມອາຍຸຂອງເຂົາ. ຄວາມພິການ: ມີຄວາມຫຍຸ້ງຍາກຫຼາຍ ຫຼື ຫຼາຍກວ່ານັ້ນ ໃນການເບິ່ງ, ການໄດ້ຍິນ, ການຍ່າງ, ການຈື່ຈຳ, ການດູແລຕົນເອງ ຫຼື ການສື່ສານ. ກິດຈະກຳທາງສື່ (ວິທະຍຸ, ໂທລະພາບ, …) ອາດບໍ່ມີຜູ້ເຂົ້າຮ່ວມ.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="109"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="194"/>
        <source>Backups</source>
        <translation type="unfinished">ສຳຮອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="110"/>
        <source>Backups &amp;folder:</source>
        <translation type="unfinished">ໂຟນເດີສຳຮອງ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="111"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished">ເລືອກ (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="112"/>
        <source>Back up &amp;automatically after every</source>
        <translation type="unfinished">ສຳຮອງອັດຕະໂນມັດ (&amp;A) ທຸກໆ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="113"/>
        <source> changes (and at start-up)</source>
        <translation type="unfinished"> ການປ່ຽນແປງ (ແລະ ຕອນເລີ່ມ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="114"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished">ສຳຮອງດຽວນີ້ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="116"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished">ກູ້ຄືນ (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="117"/>
        <source>Check the database &amp;now</source>
        <translation type="unfinished">ກວດຖານຂໍ້ມູນດຽວນີ້ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Taken</source>
        <translation type="unfinished">ສຳຮອງເມື່ອ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Size</source>
        <translation type="unfinished">ຂະໜາດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="121"/>
        <source>This database is on a server: back it up with the server&apos;s own tools (pg_dump for PostgreSQL). riskedu backs up database files on this computer.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນນີ້ຢູ່ໃນເຊີບເວີ: ກະລຸນາສຳຮອງດ້ວຍເຄື່ອງມືຂອງເຊີບເວີເອງ (pg_dump ສຳລັບ PostgreSQL). riskedu ສຳຮອງສະເພາະໄຟລ໌ຖານຂໍ້ມູນໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="158"/>
        <source>Keep backups in which folder? (a USB stick will do)</source>
        <translation type="unfinished">ເກັບສຳຮອງໄວ້ໃນໂຟນເດີໃດ? (USB ກໍໄດ້)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="191"/>
        <source>Cancelled: no backup was written.</source>
        <translation type="unfinished">ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ຂຽນສຳຮອງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="199"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished">ກຳລັງຂຽນ ແລະ ກວດສຳຮອງ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="203"/>
        <source>Backup written and checked: {file} ({size}).</source>
        <translation type="unfinished">ຂຽນ ແລະ ກວດສຳຮອງແລ້ວ: {file} ({size}).</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="209"/>
        <source>Checking every page of the database…</source>
        <translation type="unfinished">ກຳລັງກວດທຸກໜ້າຂອງຖານຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="213"/>
        <source>The database is sound: the full check found no problem.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນປົກກະຕິ: ການກວດເຕັມບໍ່ພົບບັນຫາ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="215"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="219"/>
        <source>Database check</source>
        <translation type="unfinished">ການກວດຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="217"/>
        <source>The database is damaged: {problems}. Restore the latest good backup.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນເສຍຫາຍ: {problems}. ກະລຸນາກູ້ຄືນສຳຮອງທີ່ດີຫຼ້າສຸດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="231"/>
        <source>Cannot restore this backup</source>
        <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນສຳຮອງນີ້ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="235"/>
        <source>Replace the database {database} with the backup of {time}?

{loss}

The current database is kept as a copy beside it, so this can be undone.</source>
        <translation type="unfinished">ແທນທີ່ຖານຂໍ້ມູນ {database} ດ້ວຍສຳຮອງຂອງ {time} ບໍ?

{loss}

ຖານຂໍ້ມູນປັດຈຸບັນຈະຖືກເກັບໄວ້ເປັນສຳເນົາຢູ່ຂ້າງມັນ ຈຶ່ງສາມາດຍົກເລີກໄດ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="240"/>
        <source>Restore a backup</source>
        <translation type="unfinished">ກູ້ຄືນສຳຮອງ</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="75"/>
        <source>&amp;Check again</source>
        <translation type="unfinished">ກວດອີກຄັ້ງ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Report code</source>
        <translation type="unfinished">ລະຫັດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <source>Team</source>
        <translation type="unfinished">ທີມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="78"/>
        <source>What is missing</source>
        <translation type="unfinished">ສິ່ງທີ່ຂາດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="79"/>
        <source>Day, village and team / report code</source>
        <translation type="unfinished">ວັນ, ບ້ານ ແລະ ທີມ / ລະຫັດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບປະໂຫຍດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="81"/>
        <source>From installation</source>
        <translation type="unfinished">ຈາກເຄື່ອງທີ່ຕິດຕັ້ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="90"/>
        <source>Checking…</source>
        <translation type="unfinished">ກຳລັງກວດ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="113"/>
        <source>&amp;Sessions missing required fields: {n}</source>
        <translation type="unfinished">ການສອນທີ່ຂາດຂໍ້ມູນຈຳເປັນ (&amp;S): {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="116"/>
        <source>&amp;Probable duplicates (same village, day and team from different installations): {n}</source>
        <translation type="unfinished">ອາດຊ້ຳກັນ (ບ້ານ, ວັນ ແລະ ທີມດຽວກັນ ຈາກເຄື່ອງຕ່າງກັນ) (&amp;P): {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="140"/>
        <source>Unknown installation {id}</source>
        <translation type="unfinished">ເຄື່ອງທີ່ບໍ່ຮູ້ຈັກ {id}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Field</source>
        <translation type="unfinished">ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Current version (shown)</source>
        <translation type="unfinished">ສະບັບປັດຈຸບັນ (ທີ່ສະແດງ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Kept version</source>
        <translation type="unfinished">ສະບັບທີ່ເກັບໄວ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="121"/>
        <source>Use</source>
        <translation type="unfinished">ໃຊ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="123"/>
        <source>The record was changed on two installations since they last agreed. Both versions are kept; differing fields are highlighted. Choose per field, or keep one version whole.</source>
        <translation type="unfinished">ລາຍການບັນທຶກນີ້ຖືກແກ້ໄຂຢູ່ສອງເຄື່ອງທີ່ຕິດຕັ້ງ ນັບແຕ່ທັງສອງກົງກັນຄັ້ງສຸດທ້າຍ. ທັງສອງສະບັບຖືກເກັບໄວ້; ຊ່ອງຂໍ້ມູນທີ່ແຕກຕ່າງກັນຖືກໝາຍສີໄວ້. ເລືອກເປັນແຕ່ລະຊ່ອງ ຫຼື ເກັບສະບັບໃດໜຶ່ງທັງໝົດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="126"/>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished">ບໍ່ມີຂໍ້ມູນຂັດແຍ່ງທີ່ຕ້ອງແກ້ໄຂ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="127"/>
        <source>&amp;Keep the current version</source>
        <translation type="unfinished">ເກັບສະບັບປັດຈຸບັນ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="128"/>
        <source>&amp;Take the kept version</source>
        <translation type="unfinished">ເອົາສະບັບທີ່ເກັບໄວ້ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="129"/>
        <source>&amp;Merge as chosen</source>
        <translation type="unfinished">ລວມຕາມທີ່ເລືອກ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="130"/>
        <source>Use, for each differing field, the version chosen in the Use column</source>
        <translation type="unfinished">ສຳລັບແຕ່ລະຊ່ອງທີ່ແຕກຕ່າງກັນ ໃຫ້ໃຊ້ສະບັບທີ່ເລືອກໃນຖັນ “ໃຊ້”</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="132"/>
        <source>Read a&amp;gain</source>
        <translation type="unfinished">ອ່ານຄືນໃໝ່ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="167"/>
        <source>Could not read the conflicts</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານຂໍ້ມູນຂັດແຍ່ງໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="182"/>
        <source>Could not open the conflict</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດຂໍ້ມູນຂັດແຍ່ງໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="192"/>
        <source>&lt;b&gt;{table}: {record}&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;{table}: {record}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="211"/>
        <source>Current</source>
        <translation type="unfinished">ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="212"/>
        <source>Kept</source>
        <translation type="unfinished">ເກັບໄວ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="252"/>
        <source>Could not resolve the conflict</source>
        <translation type="unfinished">ບໍ່ສາມາດແກ້ໄຂຂໍ້ມູນຂັດແຍ່ງໄດ້</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="68"/>
        <source>The database is damaged</source>
        <translation type="unfinished">ຖານຂໍ້ມູນເສຍຫາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="69"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished">ກູ້ຄືນສຳຮອງນີ້ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="70"/>
        <source>&amp;Open another file…</source>
        <translation type="unfinished">ເປີດໄຟລ໌ອື່ນ (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="75"/>
        <source>{path} is damaged ({problems}). riskedu will not use it as it is, so nothing more is lost.</source>
        <translation type="unfinished">{path} ເສຍຫາຍ ({problems}). riskedu ຈະບໍ່ໃຊ້ມັນຕາມສະພາບນີ້ ຈຶ່ງບໍ່ມີຫຍັງເສຍຕື່ມອີກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="79"/>
        <source>No good backup of it was found in {folder}. Open another file (a copy or a backup kept elsewhere), or quit and ask your information officer.</source>
        <translation type="unfinished">ບໍ່ພົບສຳຮອງທີ່ດີຂອງມັນໃນ {folder}. ກະລຸນາເປີດໄຟລ໌ອື່ນ (ສຳເນົາ ຫຼື ສຳຮອງທີ່ເກັບໄວ້ບ່ອນອື່ນ) ຫຼື ອອກ ແລະ ຖາມເຈົ້າໜ້າທີ່ຂໍ້ມູນຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="84"/>
        <source>The latest good backup was taken on {time}.</source>
        <translation type="unfinished">ສຳຮອງທີ່ດີຫຼ້າສຸດຖືກເຮັດເມື່ອ {time}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="91"/>
        <source>The damaged file is kept beside it as a copy.</source>
        <translation type="unfinished">ໄຟລ໌ທີ່ເສຍຫາຍຈະຖືກເກັບໄວ້ເປັນສຳເນົາຢູ່ຂ້າງມັນ.</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="84"/>
        <source>&amp;From</source>
        <translation type="unfinished">ຈາກ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="85"/>
        <source>T&amp;o</source>
        <translation type="unfinished">ເຖິງ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="86"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">ສະເພາະການສອນໃນວັນນີ້ ຫຼື ຫຼັງຈາກນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="87"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">ສະເພາະການສອນໃນວັນນີ້ ຫຼື ກ່ອນໜ້ານີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="88"/>
        <source>Ar&amp;ea:</source>
        <translation type="unfinished">ພື້ນທີ່ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="89"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">ໃຜ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="90"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished">ປະເພດ (&amp;G):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="92"/>
        <source>Direct: people met in sessions. Indirect: people reached by media (radio, TV, social media, printed material). Training: teachers and focal points trained. Reports count each apart.</source>
        <translation type="unfinished">ໂດຍກົງ: ຄົນທີ່ພົບໃນກອງປະຊຸມ. ທາງອ້ອມ: ຄົນທີ່ໄດ້ຮັບຜ່ານສື່ (ວິທະຍຸ, ໂທລະທັດ, ສື່ສັງຄົມ, ເອກະສານພິມ). ການຝຶກອົບຮົມ: ຄູ ແລະ ຜູ້ປະສານງານທີ່ໄດ້ຮັບການຝຶກ. ລາຍງານນັບແຍກກັນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="95"/>
        <source>All categories</source>
        <translation type="unfinished">ທຸກປະເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="98"/>
        <source>All provinces</source>
        <translation type="unfinished">ທຸກແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="99"/>
        <source>All districts</source>
        <translation type="unfinished">ທຸກເມືອງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="100"/>
        <source>All organisations</source>
        <translation type="unfinished">ທຸກອົງການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="101"/>
        <location filename="../riskedu/ui/dashboard_filters.py" line="124"/>
        <source>All teams</source>
        <translation type="unfinished">ທຸກທີມ</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="107"/>
        <source>&amp;Bars show:</source>
        <translation type="unfinished">ແທ່ງສະແດງ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="110"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="192"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບປະໂຫຍດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="111"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="191"/>
        <source>Sessions</source>
        <translation type="unfinished">ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="124"/>
        <source>Updating…</source>
        <translation type="unfinished">ກຳລັງອັບເດດ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="156"/>
        <source>Not recorded</source>
        <translation type="unfinished">ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="166"/>
        <source>{measure} by month</source>
        <translation type="unfinished">{measure} ຕາມເດືອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="167"/>
        <source>{measure} by province</source>
        <translation type="unfinished">{measure} ຕາມແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="168"/>
        <source>{measure} by method</source>
        <translation type="unfinished">{measure} ຕາມວິທີການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="169"/>
        <source>{measure} by primary audience</source>
        <translation type="unfinished">{measure} ຕາມກຸ່ມເປົ້າໝາຍຫຼັກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="177"/>
        <source>Beneficiaries by sex and age</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຕາມເພດ ແລະ ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="193"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">ແມ່ຍິງ ແລະ ເດັກຍິງທີ່ພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="195"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">ຜູ້ຊາຍ ແລະ ເດັກຊາຍທີ່ພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="196"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">ລາຍງານອັນຕະລາຍທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="203"/>
        <source>of which indirect (media): {n}</source>
        <translation type="unfinished">ໃນນັ້ນ ທາງອ້ອມ (ສື່): {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="207"/>
        <source>Girls {girls} · boys {boys} · women {women} · men {men}</source>
        <translation type="unfinished">ເດັກຍິງ {girls} · ເດັກຊາຍ {boys} · ແມ່ຍິງ {women} · ຜູ້ຊາຍ {men}</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="66"/>
        <source>Sessions behind a figure</source>
        <translation type="unfinished">ການສອນທີ່ຢູ່ເບື້ອງຫຼັງຕົວເລກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="73"/>
        <source>{what}: counting sessions…</source>
        <translation type="unfinished">{what}: ກຳລັງນັບການສອນ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/drill_dialog.py" line="75"/>
        <source>{what}: %Ln session(s). Press Enter or double-click a session to open it.</source>
        <translation type="unfinished">
            <numerusform>{what}: %Ln ການສອນ. ກົດ Enter ຫຼື ຄລິກສອງເທື່ອເທິງການສອນເພື່ອເປີດ.</numerusform>
            <numerusform>{what}: %Ln ການສອນ. ກົດ Enter ຫຼື ຄລິກສອງເທື່ອເທິງການສອນເພື່ອເປີດ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="60"/>
        <source>Send to headquarters</source>
        <translation type="unfinished">ສົ່ງໄປສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="62"/>
        <source>Writes this laptop&apos;s new and changed records into one file, for a USB stick or an e-mail to headquarters.</source>
        <translation type="unfinished">ຂຽນລາຍການບັນທຶກໃໝ່ ແລະ ທີ່ຖືກແກ້ໄຂຂອງໂນດບຸກນີ້ເປັນແຟ້ມດຽວ ສຳລັບ USB ຫຼື ອີເມວໄປສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">ສົ່ງອອກ… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="65"/>
        <source>Choose a folder, e.g. the USB stick, and write the bundle there</source>
        <translation type="unfinished">ເລືອກໂຟນເດີ ເຊັ່ນ USB ແລ້ວຂຽນຊຸດແຟ້ມໄວ້ທີ່ນັ້ນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="67"/>
        <source>Export &amp;everything</source>
        <translation type="unfinished">ສົ່ງອອກທັງໝົດ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="68"/>
        <source>All records, not only what changed since the last export (for a new headquarters database)</source>
        <translation type="unfinished">ລາຍການບັນທຶກທັງໝົດ ບໍ່ແມ່ນສະເພາະສິ່ງທີ່ປ່ຽນແປງນັບແຕ່ການສົ່ງອອກຄັ້ງສຸດທ້າຍ (ສຳລັບຖານຂໍ້ມູນໃໝ່ຂອງສຳນັກງານໃຫຍ່)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="74"/>
        <source>Export to which folder?</source>
        <translation type="unfinished">ສົ່ງອອກໄປໂຟນເດີໃດ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="82"/>
        <source>Writing and checking the bundle…</source>
        <translation type="unfinished">ກຳລັງຂຽນ ແລະ ກວດຊຸດແຟ້ມ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="95"/>
        <source>no changed records</source>
        <translation type="unfinished">ບໍ່ມີລາຍການບັນທຶກທີ່ປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="96"/>
        <source>Written and checked: &lt;b&gt;{file}&lt;/b&gt; ({size}) in {folder}.&lt;br&gt;Records: {counts}.</source>
        <translation type="unfinished">ຂຽນ ແລະ ກວດແລ້ວ: &lt;b&gt;{file}&lt;/b&gt; ({size}) ໃນ {folder}.&lt;br&gt;ລາຍການບັນທຶກ: {counts}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="102"/>
        <source>Warning: this bundle is not encrypted.</source>
        <translation type="unfinished">ຄຳເຕືອນ: ຊຸດແຟ້ມນີ້ບໍ່ໄດ້ເຂົ້າລະຫັດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="103"/>
        <source>This laptop is not enrolled with headquarters, so anyone who finds the file can read names and phone numbers. Load headquarters&apos; enrolment file to encrypt future bundles.</source>
        <translation type="unfinished">ໂນດບຸກນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ ດັ່ງນັ້ນໃຜກໍຕາມທີ່ພົບແຟ້ມນີ້ ສາມາດອ່ານຊື່ ແລະ ເບີໂທລະສັບໄດ້. ໃຫ້ໂຫຼດແຟ້ມລົງທະບຽນຂອງສຳນັກງານໃຫຍ່ ເພື່ອເຂົ້າລະຫັດຊຸດແຟ້ມຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="112"/>
        <source>Export cancelled: no file was written and nothing was marked as sent.</source>
        <translation type="unfinished">ຍົກເລີກການສົ່ງອອກແລ້ວ: ບໍ່ມີໄຟລ໌ຖືກຂຽນ ແລະ ບໍ່ມີຫຍັງຖືກໝາຍວ່າສົ່ງແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="115"/>
        <source>Export failed: nothing was marked as sent.</source>
        <translation type="unfinished">ການສົ່ງອອກລົ້ມເຫຼວ: ບໍ່ມີຫຍັງຖືກໝາຍວ່າສົ່ງແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="116"/>
        <source>Could not export</source>
        <translation type="unfinished">ບໍ່ສາມາດສົ່ງອອກໄດ້</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="97"/>
        <source>&amp;From</source>
        <translation type="unfinished">ຈາກ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="98"/>
        <source>T&amp;o</source>
        <translation type="unfinished">ເຖິງ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="99"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">ສະເພາະການສອນໃນວັນນີ້ ຫຼື ຫຼັງຈາກນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="100"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">ສະເພາະການສອນໃນວັນນີ້ ຫຼື ກ່ອນໜ້ານີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="101"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished">ສະຖານທີ່ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="102"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished">ສະຖານະ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="103"/>
        <source>Search report code, village, notes… (Ctrl+F)</source>
        <translation type="unfinished">ຊອກຫາລະຫັດລາຍງານ, ບ້ານ, ໝາຍເຫດ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="104"/>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished">ລ້າງຕົວກັ່ນຕອງ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="105"/>
        <source>Any status</source>
        <translation type="unfinished">ທຸກສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="109"/>
        <location filename="../riskedu/ui/filter_bar.py" line="124"/>
        <source>All provinces</source>
        <translation type="unfinished">ທຸກແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="112"/>
        <location filename="../riskedu/ui/filter_bar.py" line="133"/>
        <source>All districts</source>
        <translation type="unfinished">ທຸກເມືອງ</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="100"/>
        <source>When</source>
        <translation type="unfinished">ເມື່ອໃດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="101"/>
        <source>How</source>
        <translation type="unfinished">ແນວໃດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="102"/>
        <source>For whom</source>
        <translation type="unfinished">ສຳລັບໃຜ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="103"/>
        <source>Session &amp;date:</source>
        <translation type="unfinished">ວັນທີສອນ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;Start time:</source>
        <translation type="unfinished">ເວລາເລີ່ມ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;End time:</source>
        <translation type="unfinished">ເວລາສິ້ນສຸດ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Report date:</source>
        <translation type="unfinished">ວັນທີລາຍງານ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Category:</source>
        <translation type="unfinished">ປະເພດ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Activity:</source>
        <translation type="unfinished">ກິດຈະກຳ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Method:</source>
        <translation type="unfinished">ວິທີການ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="107"/>
        <source>Number of sessi&amp;ons:</source>
        <translation type="unfinished">ຈຳນວນຄັ້ງທີ່ສອນ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="108"/>
        <source>&amp;Broadcast from:</source>
        <translation type="unfinished">ອອກອາກາດແຕ່ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="109"/>
        <source>Broadcast &amp;until:</source>
        <translation type="unfinished">ອອກອາກາດເຖິງ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Primary aud&amp;ience:</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍຫຼັກ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished">ໂຄງການ (&amp;J):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="111"/>
        <source>Do&amp;nor:</source>
        <translation type="unfinished">ຜູ້ໃຫ້ທຶນ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="114"/>
        <source>No&amp;tes (follow-up, materials given out, remarks):</source>
        <translation type="unfinished">ໝາຍເຫດ (ການຕິດຕາມ, ສື່ທີ່ແຈກຢາຍ, ຂໍ້ສັງເກດ) (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="116"/>
        <location filename="../riskedu/ui/editor_general.py" line="118"/>
        <source>Not set</source>
        <translation type="unfinished">ຍັງບໍ່ໄດ້ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="120"/>
        <source>Type the time as HH:MM, for example 08:30 or 1430</source>
        <translation type="unfinished">ພິມເວລາເປັນ HH:MM, ຕົວຢ່າງ 08:30 ຫຼື 1430</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="123"/>
        <location filename="../riskedu/ui/editor_general.py" line="124"/>
        <location filename="../riskedu/ui/editor_general.py" line="128"/>
        <source>Choose…</source>
        <translation type="unfinished">ເລືອກ…</translation>
    </message>
</context>
<context>
    <name>HazardsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="212"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">ໄພອັນຕະລາຍທີ່ໄດ້ສົນທະນາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="213"/>
        <source>Hazard reports raised by participants</source>
        <translation type="unfinished">ລາຍງານໄພອັນຕະລາຍທີ່ຜູ້ເຂົ້າຮ່ວມແຈ້ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="215"/>
        <source>One line for each suspected hazard or dangerous area people told you about, and to whom you passed it on.</source>
        <translation type="unfinished">ໜຶ່ງແຖວສຳລັບແຕ່ລະພື້ນທີ່ທີ່ສົງໄສວ່າມີໄພອັນຕະລາຍ ຫຼື ພື້ນທີ່ອັນຕະລາຍ ທີ່ປະຊາຊົນບອກທ່ານ ແລະ ທ່ານໄດ້ສົ່ງຕໍ່ໃຫ້ໃຜ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Add re&amp;port</source>
        <translation type="unfinished">ເພີ່ມລາຍງານ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Re&amp;move report</source>
        <translation type="unfinished">ລຶບລາຍງານ (&amp;M)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="51"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ສື່ທີ່ແຈກຢາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation type="unfinished">ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="92"/>
        <source>Could not read the history</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານປະຫວັດໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Edited</source>
        <translation type="unfinished">ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Finalised</source>
        <translation type="unfinished">ສຳເລັດສະບັບສຸດທ້າຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Reopened for correction</source>
        <translation type="unfinished">ເປີດຄືນເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Deleted</source>
        <translation type="unfinished">ລຶບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="103"/>
        <source>Restored from the trash</source>
        <translation type="unfinished">ກູ້ຄືນຈາກຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="106"/>
        <source>History of {code}</source>
        <translation type="unfinished">ປະຫວັດຂອງ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="108"/>
        <source>Every change made after the session was first final: who made it, when (UTC) and each field before and after. Drafts that were never final have no history.</source>
        <translation type="unfinished">ທຸກການປ່ຽນແປງຫຼັງຈາກກອງປະຊຸມເປັນສະບັບສຸດທ້າຍຄັ້ງທຳອິດ: ໃຜເຮັດ, ເມື່ອໃດ (UTC) ແລະ ແຕ່ລະຊ່ອງກ່ອນ ແລະ ຫຼັງ. ຮ່າງທີ່ບໍ່ເຄີຍເປັນສະບັບສຸດທ້າຍບໍ່ມີປະຫວັດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="111"/>
        <source>No history yet: this session has not been final. Its changes are recorded from its first finalisation on.</source>
        <translation type="unfinished">ຍັງບໍ່ມີປະຫວັດ: ກອງປະຊຸມນີ້ຍັງບໍ່ເປັນສະບັບສຸດທ້າຍ. ການປ່ຽນແປງຈະຖືກບັນທຶກນັບແຕ່ການສຳເລັດຄັ້ງທຳອິດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>When (UTC) and who</source>
        <translation type="unfinished">ເມື່ອໃດ (UTC) ແລະ ໃຜ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>What</source>
        <translation type="unfinished">ຫຍັງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>Before</source>
        <translation type="unfinished">ກ່ອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>After</source>
        <translation type="unfinished">ຫຼັງ</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="51"/>
        <source>This installation</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="52"/>
        <source>&amp;Load headquarters&apos; enrolment…</source>
        <translation type="unfinished">ໂຫຼດການລົງທະບຽນຂອງສຳນັກງານໃຫຍ່… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="54"/>
        <source>Field laptops: encrypt bundles to headquarters from now on</source>
        <translation type="unfinished">ໂນດບຸກພາກສະໜາມ: ເຂົ້າລະຫັດຊຸດແຟ້ມສຳລັບສຳນັກງານໃຫຍ່ ນັບແຕ່ນີ້ໄປ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="55"/>
        <source>Save en&amp;rolment file…</source>
        <translation type="unfinished">ບັນທຶກແຟ້ມລົງທະບຽນ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="57"/>
        <source>Headquarters: the file field laptops load to encrypt their bundles to you</source>
        <translation type="unfinished">ສຳນັກງານໃຫຍ່: ແຟ້ມທີ່ໂນດບຸກພາກສະໜາມໂຫຼດ ເພື່ອເຂົ້າລະຫັດຊຸດແຟ້ມຂອງພວກເຂົາສຳລັບທ່ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="64"/>
        <source>Fingerprint of {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</source>
        <translation type="unfinished">ລາຍນິ້ວມືດິຈິຕອນຂອງ {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="65"/>
        <source>this installation</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="67"/>
        <source>Enrolled with headquarters ({fingerprint}): bundles are encrypted.</source>
        <translation type="unfinished">ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ແລ້ວ ({fingerprint}): ຊຸດແຟ້ມຖືກເຂົ້າລະຫັດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="71"/>
        <source>Not enrolled with headquarters: bundles are &lt;b&gt;not encrypted&lt;/b&gt;.</source>
        <translation type="unfinished">ຍັງບໍ່ໄດ້ລົງທະບຽນກັບສຳນັກງານໃຫຍ່: ຊຸດແຟ້ມ &lt;b&gt;ບໍ່ໄດ້ເຂົ້າລະຫັດ&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="76"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished">ບັນທຶກແຟ້ມລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="77"/>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished">ແຟ້ມລົງທະບຽນ (*.json)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="83"/>
        <source>Could not save the enrolment file</source>
        <translation type="unfinished">ບໍ່ສາມາດບັນທຶກແຟ້ມລົງທະບຽນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="86"/>
        <source>Enrolment file saved</source>
        <translation type="unfinished">ບັນທຶກແຟ້ມລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="87"/>
        <source>Saved {file}. Give it to each field laptop (Sync page, “Load headquarters&apos; enrolment”); their bundles are then encrypted to this installation.</source>
        <translation type="unfinished">ບັນທຶກ {file} ແລ້ວ. ໃຫ້ມອບມັນໃຫ້ແຕ່ລະໂນດບຸກພາກສະໜາມ (ໜ້າຊິງຂໍ້ມູນ, “ໂຫຼດການລົງທະບຽນຂອງສຳນັກງານໃຫຍ່”); ຈາກນັ້ນຊຸດແຟ້ມຂອງພວກເຂົາຈະຖືກເຂົ້າລະຫັດສຳລັບເຄື່ອງທີ່ຕິດຕັ້ງນີ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="93"/>
        <source>Load headquarters&apos; enrolment file</source>
        <translation type="unfinished">ໂຫຼດແຟ້ມລົງທະບຽນຂອງສຳນັກງານໃຫຍ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="94"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation type="unfinished">ແຟ້ມລົງທະບຽນ (*.json);;ທຸກແຟ້ມ (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="100"/>
        <source>Could not use the enrolment file</source>
        <translation type="unfinished">ບໍ່ສາມາດໃຊ້ແຟ້ມລົງທະບຽນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="103"/>
        <source>Enrolled with headquarters</source>
        <translation type="unfinished">ລົງທະບຽນກັບສຳນັກງານໃຫຍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="104"/>
        <source>Bundles are now encrypted to headquarters (fingerprint {fingerprint}).</source>
        <translation type="unfinished">ຕອນນີ້ຊຸດແຟ້ມຖືກເຂົ້າລະຫັດສຳລັບສຳນັກງານໃຫຍ່ (ລາຍນິ້ວມືດິຈິຕອນ {fingerprint}).</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="61"/>
        <source>Receive bundles</source>
        <translation type="unfinished">ຮັບຊຸດແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="63"/>
        <source>Imports bundles from field laptops, one or many at once. You see what each file brings before anything changes.</source>
        <translation type="unfinished">ນຳເຂົ້າຊຸດແຟ້ມຈາກໂນດບຸກພາກສະໜາມ ເທື່ອລະແຟ້ມ ຫຼື ຫຼາຍແຟ້ມພ້ອມກັນ. ທ່ານຈະເຫັນວ່າແຕ່ລະແຟ້ມນຳຫຍັງມາ ກ່ອນທີ່ຈະມີການປ່ຽນແປງໃດໆ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="65"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished">ນຳເຂົ້າແຟ້ມ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="71"/>
        <source>Import which bundles?</source>
        <translation type="unfinished">ນຳເຂົ້າຊຸດແຟ້ມໃດ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="72"/>
        <source>riskedu bundles (*.riskedu);;All files (*)</source>
        <translation type="unfinished">ຊຸດແຟ້ມ riskedu (*.riskedu);;ທຸກແຟ້ມ (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="81"/>
        <source>Checking {count} file(s)…</source>
        <translation type="unfinished">
            <numerusform>ກຳລັງກວດ {count} ແຟ້ມ…</numerusform>
            <numerusform>ກຳລັງກວດ {count} ແຟ້ມ…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="99"/>
        <location filename="../riskedu/ui/sync_import_panel.py" line="144"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="104"/>
        <source>Importing…</source>
        <translation type="unfinished">ກຳລັງນຳເຂົ້າ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="114"/>
        <source>Import finished</source>
        <translation type="unfinished">ນຳເຂົ້າສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="120"/>
        <source>{file}: imported before, nothing new.</source>
        <translation type="unfinished">{file}: ເຄີຍນຳເຂົ້າແລ້ວ, ບໍ່ມີຫຍັງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="124"/>
        <source>{file} from {source}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicting.</source>
        <translation type="unfinished">{file} ຈາກ {source}: ໃໝ່ {new}, ແກ້ໄຂ {updated}, ລຶບ {deleted}, ຂັດແຍ່ງ {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="133"/>
        <source>%n conflict(s) to resolve on the Conflicts page.</source>
        <translation type="unfinished">
            <numerusform>ມີ %n ຂໍ້ມູນຂັດແຍ່ງທີ່ຕ້ອງແກ້ໄຂຢູ່ໜ້າຂໍ້ມູນຂັດແຍ່ງ.</numerusform>
            <numerusform>ມີ %n ຂໍ້ມູນຂັດແຍ່ງທີ່ຕ້ອງແກ້ໄຂຢູ່ໜ້າຂໍ້ມູນຂັດແຍ່ງ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="141"/>
        <source>Import cancelled: nothing was imported and the database is unchanged.</source>
        <translation type="unfinished">ຍົກເລີກການນຳເຂົ້າແລ້ວ: ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ ແລະ ຖານຂໍ້ມູນບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="145"/>
        <source>Could not import</source>
        <translation type="unfinished">ບໍ່ສາມາດນຳເຂົ້າໄດ້</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="82"/>
        <source>already imported: nothing new</source>
        <translation type="unfinished">ນຳເຂົ້າແລ້ວ: ບໍ່ມີຫຍັງໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="83"/>
        <source>from {source}</source>
        <translation type="unfinished">ຈາກ {source}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="99"/>
        <source>Import bundles</source>
        <translation type="unfinished">ນຳເຂົ້າຊຸດແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="102"/>
        <source>Every file was checked and can be imported. Nothing has changed yet: this is what importing would do.</source>
        <translation type="unfinished">ທຸກແຟ້ມຖືກກວດແລ້ວ ແລະ ສາມາດນຳເຂົ້າໄດ້. ຍັງບໍ່ມີຫຍັງປ່ຽນແປງ: ນີ້ແມ່ນສິ່ງທີ່ການນຳເຂົ້າຈະເຮັດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="104"/>
        <source>Every file was imported before: importing again changes nothing.</source>
        <translation type="unfinished">ທຸກແຟ້ມເຄີຍຖືກນຳເຂົ້າແລ້ວ: ການນຳເຂົ້າອີກຄັ້ງຈະບໍ່ປ່ຽນແປງຫຍັງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="105"/>
        <source>File and table</source>
        <translation type="unfinished">ແຟ້ມ ແລະ ຕາຕະລາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="108"/>
        <source>Installations not seen before</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງທີ່ບໍ່ເຄີຍພົບມາກ່ອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="113"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has not sent bundles here before. Its fingerprint is &lt;b&gt;{fingerprint}&lt;/b&gt;. Compare it with the fingerprint shown on that laptop (Sync page) before accepting.</source>
        <translation type="unfinished">&lt;b&gt;{name}&lt;/b&gt; ບໍ່ເຄີຍສົ່ງຊຸດແຟ້ມມາທີ່ນີ້ມາກ່ອນ. ລາຍນິ້ວມືດິຈິຕອນຂອງມັນແມ່ນ &lt;b&gt;{fingerprint}&lt;/b&gt;. ໃຫ້ປຽບທຽບກັບລາຍນິ້ວມືດິຈິຕອນທີ່ສະແດງຢູ່ໃນໂນດບຸກເຄື່ອງນັ້ນ (ໜ້າຊິງຂໍ້ມູນ) ກ່ອນຍອມຮັບ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="118"/>
        <source>&amp;Accept this installation ({name})</source>
        <translation type="unfinished">ຍອມຮັບເຄື່ອງທີ່ຕິດຕັ້ງນີ້ ({name}) (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_preview.py" line="120"/>
        <source>&amp;Import {count} file(s)</source>
        <translation type="unfinished">
            <numerusform>ນຳເຂົ້າ {count} ແຟ້ມ (&amp;I)</numerusform>
            <numerusform>ນຳເຂົ້າ {count} ແຟ້ມ (&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../riskedu/ui/language_switch.py" line="96"/>
        <source>&amp;Language</source>
        <translation type="unfinished">ພາສາ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="38"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished">ຊື່ເປັນອັກສອນລາແຕັງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="39"/>
        <source>Sex</source>
        <translation type="unfinished">ເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="40"/>
        <source>Age</source>
        <translation type="unfinished">ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished">ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="43"/>
        <source>Phone</source>
        <translation type="unfinished">ໂທລະສັບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="46"/>
        <source>Place</source>
        <translation type="unfinished">ສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="47"/>
        <source>Ordnance</source>
        <translation type="unfinished">ປະເພດລະເບີດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="49"/>
        <source>Description</source>
        <translation type="unfinished">ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="50"/>
        <source>Referred to</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໃຫ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished">ຫົວຂໍ້</translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="112"/>
        <source>Find a village</source>
        <translation type="unfinished">ຊອກຫາບ້ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="113"/>
        <source>Place</source>
        <translation type="unfinished">ສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="114"/>
        <source>GPS</source>
        <translation type="unfinished">GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="115"/>
        <source>Type part of its Khmer or English na&amp;me:</source>
        <translation type="unfinished">ພິມບາງສ່ວນຂອງຊື່ເປັນພາສາຂະແມ ຫຼື ອັງກິດ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="116"/>
        <source>e.g. Ou Thum, or អូរ</source>
        <translation type="unfinished">ຕົວຢ່າງ Ou Thum ຫຼື អូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="118"/>
        <source>Press Down to go to the results and Enter to choose one. Choosing a village fills in its province, district and commune.</source>
        <translation type="unfinished">ກົດລູກສອນລົງເພື່ອໄປຫາຜົນການຊອກຫາ ແລະ ກົດ Enter ເພື່ອເລືອກ. ການເລືອກບ້ານຈະຕື່ມແຂວງ, ເມືອງ ແລະ ຕາແສງຂອງມັນໃຫ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;Province:</source>
        <translation type="unfinished">ແຂວງ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;District:</source>
        <translation type="unfinished">ເມືອງ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>&amp;Commune:</source>
        <translation type="unfinished">ຕາແສງ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>Vill&amp;age:</source>
        <translation type="unfinished">ບ້ານ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="122"/>
        <source>Place &amp;not in the list:</source>
        <translation type="unfinished">ສະຖານທີ່ບໍ່ມີໃນລາຍການ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="123"/>
        <source>&amp;Type of location:</source>
        <translation type="unfinished">ປະເພດສະຖານທີ່ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lat&amp;itude:</source>
        <translation type="unfinished">ເສັ້ນຂະໜານ (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lon&amp;gitude:</source>
        <translation type="unfinished">ເສັ້ນແວງ (&amp;G):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="125"/>
        <source>Acc&amp;uracy (m):</source>
        <translation type="unfinished">ຄວາມຖືກຕ້ອງ (ແມັດ) (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="128"/>
        <source>Only when the village is not in the list</source>
        <translation type="unfinished">ສະເພາະເມື່ອບ້ານບໍ່ມີໃນລາຍການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="129"/>
        <source>&amp;Safe to record the GPS position of this place</source>
        <translation type="unfinished">ປອດໄພທີ່ຈະບັນທຶກຕຳແໜ່ງ GPS ຂອງສະຖານທີ່ນີ້ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="130"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a province…</source>
        <translation type="unfinished">ເລືອກແຂວງ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="131"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a district…</source>
        <translation type="unfinished">ເລືອກເມືອງ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="132"/>
        <location filename="../riskedu/ui/location_picker.py" line="150"/>
        <source>Choose a commune…</source>
        <translation type="unfinished">ເລືອກຕາແສງ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="133"/>
        <location filename="../riskedu/ui/location_picker.py" line="151"/>
        <source>Choose a village…</source>
        <translation type="unfinished">ເລືອກບ້ານ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="137"/>
        <source>Choose…</source>
        <translation type="unfinished">ເລືອກ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="204"/>
        <source>The first %Ln villages found; type more of the name to narrow them.</source>
        <translation type="unfinished">
            <numerusform>%Ln ບ້ານທຳອິດທີ່ພົບ; ພິມຊື່ເພີ່ມອີກເພື່ອໃຫ້ແຄບລົງ.</numerusform>
            <numerusform>%Ln ບ້ານທຳອິດທີ່ພົບ; ພິມຊື່ເພີ່ມອີກເພື່ອໃຫ້ແຄບລົງ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="207"/>
        <source>%Ln village(s) found</source>
        <translation type="unfinished">
            <numerusform>ພົບ %Ln ບ້ານ</numerusform>
            <numerusform>ພົບ %Ln ບ້ານ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="69"/>
        <source>riskedu is locked</source>
        <translation type="unfinished">riskedu ຖືກລັອກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="70"/>
        <source>Type the passphrase to continue.</source>
        <translation type="unfinished">ພິມລະຫັດຜ່ານເພື່ອສືບຕໍ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="71"/>
        <source>Passphrase</source>
        <translation type="unfinished">ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="72"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ປົດລັອກ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="91"/>
        <source>Wrong passphrase. Too many tries: wait {seconds} seconds, then try again.</source>
        <translation type="unfinished">ລະຫັດຜ່ານຜິດ. ລອງຫຼາຍເທື່ອເກີນໄປ: ລໍຖ້າ {seconds} ວິນາທີ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="93"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">ລະຫັດຜ່ານຜິດ. ກວດ Caps Lock ແລະ ພາສາແປ້ນພິມ, ແລ້ວລອງໃໝ່.</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="67"/>
        <source>App lock</source>
        <translation type="unfinished">ລັອກແອັບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="69"/>
        <source>On a shared laptop, a passphrase keeps the next user out of riskedu: it is asked at start-up and after the minutes below without use. It does not encrypt the database file: anyone who copies the file can read it.</source>
        <translation type="unfinished">ໃນຄອມພິວເຕີທີ່ໃຊ້ຮ່ວມກັນ, ລະຫັດຜ່ານກັນຜູ້ໃຊ້ຄົນຕໍ່ໄປອອກຈາກ riskedu: ຈະຖາມເມື່ອເລີ່ມ ແລະ ຫຼັງຈາກບໍ່ໄດ້ໃຊ້ຕາມນາທີຂ້າງລຸ່ມ. ມັນບໍ່ເຂົ້າລະຫັດໄຟລ໌ຖານຂໍ້ມູນ: ໃຜທີ່ສຳເນົາໄຟລ໌ກໍອ່ານໄດ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished">ລະຫັດຜ່ານປັດຈຸບັນ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished">ລະຫັດຜ່ານໃໝ່ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished">ພິມລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation type="unfinished">ລັອກຫຼັງບໍ່ໄດ້ໃຊ້ (ນາທີ) (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="77"/>
        <source>&amp;Turn the lock off</source>
        <translation type="unfinished">ປິດການລັອກ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="85"/>
        <location filename="../riskedu/ui/lock_dialog.py" line="93"/>
        <source>The lock was not changed</source>
        <translation type="unfinished">ການລັອກບໍ່ໄດ້ຖືກປ່ຽນ</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished">ແຟ້ມ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="92"/>
        <source>&amp;Session</source>
        <translation type="unfinished">ການສອນ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="93"/>
        <source>&amp;View</source>
        <translation type="unfinished">ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="95"/>
        <source>S&amp;ync</source>
        <translation type="unfinished">ຊິງຂໍ້ມູນ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>&amp;New session</source>
        <translation type="unfinished">ການສອນໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>Log a new session (Ctrl+N)</source>
        <translation type="unfinished">ບັນທຶກການສອນໃໝ່ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>&amp;Open</source>
        <translation type="unfinished">ເປີດ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>Open the selected session (Enter or double-click)</source>
        <translation type="unfinished">ເປີດການສອນທີ່ເລືອກ (Enter ຫຼື ຄລິກສອງເທື່ອ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="100"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished">ເຮັດໃຫ້ເປັນສະບັບສຸດທ້າຍ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="101"/>
        <source>Check every rule and make the selected draft final (Ctrl+Shift+F)</source>
        <translation type="unfinished">ກວດທຸກເງື່ອນໄຂ ແລະ ເຮັດໃຫ້ສະບັບຮ່າງທີ່ເລືອກເປັນສະບັບສຸດທ້າຍ (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="102"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">ເປີດຄືນເພື່ອແກ້ໄຂ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="103"/>
        <source>Make the selected final record a draft again; who and when is recorded (Ctrl+Shift+R)</source>
        <translation type="unfinished">ເຮັດໃຫ້ບັນທຶກສະບັບສຸດທ້າຍທີ່ເລືອກກັບເປັນສະບັບຮ່າງ; ຜູ້ເຮັດ ແລະ ເວລາຈະຖືກບັນທຶກ (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">ລຶບ… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>Delete the selected session (Del)</source>
        <translation type="unfinished">ລຶບການສອນທີ່ເລືອກ (Del)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>&amp;Search</source>
        <translation type="unfinished">ຊອກຫາ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>Search the sessions (Ctrl+F)</source>
        <translation type="unfinished">ຊອກຫາໃນການສອນ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished">ລ້າງຕົວກັ່ນຕອງ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>Show every session</source>
        <translation type="unfinished">ສະແດງການສອນທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished">ໂຫຼດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>Read the list again (F5)</source>
        <translation type="unfinished">ອ່ານລາຍການຄືນໃໝ່ (F5)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>Close riskedu (Ctrl+Q)</source>
        <translation type="unfinished">ປິດ riskedu (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="110"/>
        <source>&amp;About riskedu</source>
        <translation type="unfinished">ກ່ຽວກັບ riskedu (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="111"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished">ສຳຮອງຂໍ້ມູນ (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="112"/>
        <source>Back up now, choose where backups go, restore one, check the database</source>
        <translation type="unfinished">ສຳຮອງດຽວນີ້, ເລືອກບ່ອນເກັບສຳຮອງ, ກູ້ຄືນ, ກວດຖານຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="113"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished">ສົ່ງອອກຊຸດແຟ້ມ… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="114"/>
        <source>Write this laptop&apos;s changes into one file for headquarters (Ctrl+E)</source>
        <translation type="unfinished">ຂຽນການປ່ຽນແປງຂອງໂນດບຸກນີ້ເປັນແຟ້ມດຽວສຳລັບສຳນັກງານໃຫຍ່ (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="115"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">ນຳເຂົ້າຊຸດແຟ້ມ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="116"/>
        <source>Check and import bundles from field laptops (Ctrl+I)</source>
        <translation type="unfinished">ກວດ ແລະ ນຳເຂົ້າຊຸດແຟ້ມຈາກໂນດບຸກພາກສະໜາມ (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="117"/>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດແຍ່ງ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="118"/>
        <source>Records changed on two installations, to resolve (Alt+4)</source>
        <translation type="unfinished">ລາຍການບັນທຶກທີ່ຖືກແກ້ໄຂຢູ່ສອງເຄື່ອງ ທີ່ຕ້ອງແກ້ໄຂ (Alt+4)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="158"/>
        <source>About riskedu</source>
        <translation type="unfinished">ກ່ຽວກັບ riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="159"/>
        <source>&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;Field logbook for explosive ordnance risk education.&lt;br&gt;&lt;br&gt;Cambodian administrative units: General Directorate of Digital Economy, Ministry of Economy and Finance (data.mef.gov.kh).</source>
        <translation type="unfinished">&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;ປຶ້ມບັນທຶກພາກສະໜາມ ສຳລັບການສຶກສາຄວາມສ່ຽງຈາກວັດຖຸລະເບີດ.&lt;br&gt;&lt;br&gt;ຫົວໜ່ວຍການປົກຄອງຂອງກຳປູເຈຍ: ກົມໃຫຍ່ເສດຖະກິດດິຈິຕອນ, ກະຊວງເສດຖະກິດ ແລະ ການເງິນ (data.mef.gov.kh).</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="174"/>
        <source>Not ready to be final</source>
        <translation type="unfinished">ຍັງບໍ່ພ້ອມເປັນສະບັບສຸດທ້າຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="175"/>
        <source>{code} cannot be final yet:
{problems}

Open it to complete it?</source>
        <translation type="unfinished">{code} ຍັງບໍ່ສາມາດເປັນສະບັບສຸດທ້າຍໄດ້:
{problems}

ເປີດມັນເພື່ອເຮັດໃຫ້ຄົບຖ້ວນບໍ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="183"/>
        <source>Could not finalise the session</source>
        <translation type="unfinished">ບໍ່ສາມາດເຮັດໃຫ້ການສອນເປັນສະບັບສຸດທ້າຍໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="192"/>
        <source>Reopen for correction</source>
        <translation type="unfinished">ເປີດຄືນເພື່ອແກ້ໄຂ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="193"/>
        <source>Reopen {code} for correction? It becomes a draft again; your name and the time are recorded.</source>
        <translation type="unfinished">ເປີດ {code} ຄືນເພື່ອແກ້ໄຂບໍ? ມັນຈະກັບເປັນສະບັບຮ່າງ; ຊື່ຂອງທ່ານ ແລະ ເວລາຈະຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="197"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດການສອນຄືນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="207"/>
        <source>Delete session</source>
        <translation type="unfinished">ລຶບການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="208"/>
        <source>Delete session {code} ({village}, {date})? It disappears from the list and from totals.</source>
        <translation type="unfinished">ລຶບການສອນ {code} ({village}, {date}) ບໍ? ມັນຈະຫາຍໄປຈາກລາຍການ ແລະ ຈາກຍອດລວມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="216"/>
        <source>Could not delete the session</source>
        <translation type="unfinished">ບໍ່ສາມາດລຶບການສອນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="224"/>
        <source>Deleted {code}. Ctrl+Z brings it back; so does Session › Trash until the next export.</source>
        <translation type="unfinished">ລຶບ {code} ແລ້ວ. Ctrl+Z ນຳມັນກັບຄືນ; ກອງປະຊຸມ › ຖັງຂີ້ເຫຍື້ອ ກໍໄດ້ ຈົນກວ່າຈະສົ່ງອອກຄັ້ງຕໍ່ໄປ.</translation>
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
        <translation type="unfinished">ຖານຂໍ້ມູນ: {path}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="166"/>
        <source>Database: {name} on server {server}</source>
        <translation type="unfinished">ຖານຂໍ້ມູນ: {name} ຢູ່ເຊີບເວີ {server}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="176"/>
        <source>&amp;1 Sessions</source>
        <translation type="unfinished">&amp;1 ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="177"/>
        <source>&amp;2 Materials</source>
        <translation type="unfinished">&amp;2 ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="178"/>
        <source>&amp;3 Sync</source>
        <translation type="unfinished">&amp;3 ຊິງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="179"/>
        <source>&amp;4 Conflicts</source>
        <translation type="unfinished">&amp;4 ຂໍ້ມູນຂັດແຍ່ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="180"/>
        <source>&amp;5 Dashboard</source>
        <translation type="unfinished">&amp;5 ໜ້າສະຫຼຸບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="181"/>
        <source>&amp;6 Checks</source>
        <translation type="unfinished">&amp;6 ການກວດສອບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="182"/>
        <source>&amp;7 Reports</source>
        <translation type="unfinished">&amp;7 ລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="270"/>
        <source>Could not start a new session</source>
        <translation type="unfinished">ບໍ່ສາມາດເລີ່ມການສອນໃໝ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="275"/>
        <source>Could not open the session</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດການສອນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="300"/>
        <source>Saved {code} as final.</source>
        <translation type="unfinished">ບັນທຶກ {code} ເປັນສະບັບສຸດທ້າຍແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="301"/>
        <source>Saved {code} as a draft.</source>
        <translation type="unfinished">ບັນທຶກ {code} ເປັນສະບັບຮ່າງແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="306"/>
        <source>Reopened {code} for correction.</source>
        <translation type="unfinished">ເປີດ {code} ຄືນເພື່ອແກ້ໄຂແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="315"/>
        <source>a new session</source>
        <translation type="unfinished">ການສອນໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="318"/>
        <source>Restore unsaved edit?</source>
        <translation type="unfinished">ກູ້ຄືນການແກ້ໄຂທີ່ຍັງບໍ່ໄດ້ບັນທຶກບໍ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="319"/>
        <source>riskedu was closed while you were editing {what} (last change {when}). Restore the session you were editing?</source>
        <translation type="unfinished">riskedu ຖືກປິດ ໃນຂະນະທີ່ທ່ານກຳລັງແກ້ໄຂ {what} (ການປ່ຽນແປງຫຼ້າສຸດ {when}). ກູ້ຄືນການສອນທີ່ທ່ານກຳລັງແກ້ໄຂບໍ?</translation>
    </message>
</context>
<context>
    <name>MaterialDetail</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Type:</source>
        <translation type="unfinished">ປະເພດ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Languages:</source>
        <translation type="unfinished">ພາສາ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Edition:</source>
        <translation type="unfinished">ສະບັບພິມ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Audience:</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>Hazards:</source>
        <translation type="unfinished">ໄພອັນຕະລາຍ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>File:</source>
        <translation type="unfinished">ແຟ້ມ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Warn at:</source>
        <translation type="unfinished">ເຕືອນເມື່ອ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Notes:</source>
        <translation type="unfinished">ໝາຍເຫດ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="198"/>
        <source>Stock history (newest first)</source>
        <translation type="unfinished">ປະຫວັດສາງ (ໃໝ່ສຸດກ່ອນ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="206"/>
        <source>&lt;i&gt;Choose a material in the list.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;ເລືອກສື່ໜຶ່ງໃນລາຍການ.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="221"/>
        <source>{count} in stock</source>
        <translation type="unfinished">ມີໃນສາງ {count}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="223"/>
        <source>{count} or fewer</source>
        <translation type="unfinished">{count} ຫຼື ໜ້ອຍກວ່າ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="225"/>
        <source>No warning</source>
        <translation type="unfinished">ບໍ່ມີການເຕືອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="234"/>
        <source>Drawing the preview…</source>
        <translation type="unfinished">ກຳລັງແຕ້ມຕົວຢ່າງ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="235"/>
        <source>No file</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="242"/>
        <source>The file cannot be shown: it is missing or damaged. Edit the material to add it again.</source>
        <translation type="unfinished">ບໍ່ສາມາດສະແດງແຟ້ມໄດ້: ມັນຫາຍໄປ ຫຼື ເສຍຫາຍ. ແກ້ໄຂສື່ເພື່ອເພີ່ມມັນຄືນ.</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="49"/>
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished">PDF ຫຼື ຮູບພາບ (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>New material</source>
        <translation type="unfinished">ສື່ໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>Edit material</source>
        <translation type="unfinished">ແກ້ໄຂສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>&amp;Titles:</source>
        <translation type="unfinished">ຫົວຂໍ້ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">ປະເພດ (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>Languages:</source>
        <translation type="unfinished">ພາສາ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished">ສະບັບພິມ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Au&amp;dience:</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Ha&amp;zards:</source>
        <translation type="unfinished">ໄພອັນຕະລາຍ (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>File:</source>
        <translation type="unfinished">ແຟ້ມ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Warn when stock is at:</source>
        <translation type="unfinished">ເຕືອນເມື່ອສາງເຫຼືອ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished">ໝາຍເຫດ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="139"/>
        <source>Choose…</source>
        <translation type="unfinished">ເລືອກ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Add &amp;title</source>
        <translation type="unfinished">ເພີ່ມຫົວຂໍ້ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Remo&amp;ve title</source>
        <translation type="unfinished">ເອົາຫົວຂໍ້ອອກ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="148"/>
        <source>No warning</source>
        <translation type="unfinished">ບໍ່ມີການເຕືອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="149"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished">ເລືອກແຟ້ມ… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="150"/>
        <source>No fi&amp;le</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="189"/>
        <source>Choose the material&apos;s file</source>
        <translation type="unfinished">ເລືອກແຟ້ມຂອງສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="198"/>
        <source>Checking {name}…</source>
        <translation type="unfinished">ກຳລັງກວດ {name}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="206"/>
        <source>The file opens and is kept in riskedu&apos;s data folder.</source>
        <translation type="unfinished">ແຟ້ມເປີດໄດ້ ແລະ ຖືກເກັບໄວ້ໃນໂຟນເດີຂໍ້ມູນຂອງ riskedu.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="247"/>
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາແກ້ໄຂ:</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="27"/>
        <source>Material</source>
        <translation type="unfinished">ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="28"/>
        <source>Type</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="29"/>
        <source>Languages</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="30"/>
        <source>In stock</source>
        <translation type="unfinished">ມີໃນສາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="68"/>
        <source>Retired</source>
        <translation type="unfinished">ເຊົາໃຊ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="71"/>
        <source>Out of stock</source>
        <translation type="unfinished">ໝົດສາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="72"/>
        <source>Low stock</source>
        <translation type="unfinished">ສາງໜ້ອຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="73"/>
        <source>Sample</source>
        <translation type="unfinished">ຕົວຢ່າງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="191"/>
        <source>{balance} left; the warning is at {threshold}. Restock before the next trip.</source>
        <translation type="unfinished">ເຫຼືອ {balance}; ການເຕືອນຢູ່ທີ່ {threshold}. ກະລຸນາເຕີມສາງກ່ອນການເດີນທາງຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="196"/>
        <source>Sample content shipped with riskedu, not a real material.</source>
        <translation type="unfinished">ເນື້ອຫາຕົວຢ່າງທີ່ມາພ້ອມກັບ riskedu, ບໍ່ແມ່ນສື່ແທ້.</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="149"/>
        <source>Fin&amp;d:</source>
        <translation type="unfinished">ຊອກຫາ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="150"/>
        <source>Title, edition or notes</source>
        <translation type="unfinished">ຫົວຂໍ້, ສະບັບພິມ ຫຼື ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="151"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">ປະເພດ (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="152"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="153"/>
        <source>Any type</source>
        <translation type="unfinished">ທຸກປະເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="154"/>
        <source>Any language</source>
        <translation type="unfinished">ທຸກພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="155"/>
        <source>Low stock &amp;only</source>
        <translation type="unfinished">ສະເພາະສາງໜ້ອຍ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="156"/>
        <source>Sho&amp;w retired</source>
        <translation type="unfinished">ສະແດງສື່ທີ່ເຊົາໃຊ້ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>&amp;Add material…</source>
        <translation type="unfinished">ເພີ່ມສື່… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>Add a material to the catalogue</source>
        <translation type="unfinished">ເພີ່ມສື່ເຂົ້າໃນລາຍການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">ແກ້ໄຂ… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>Edit the chosen material (Enter)</source>
        <translation type="unfinished">ແກ້ໄຂສື່ທີ່ເລືອກ (Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="161"/>
        <source>&amp;Receive stock…</source>
        <translation type="unfinished">ຮັບເຂົ້າສາງ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="162"/>
        <source>Record copies received, and where they came from</source>
        <translation type="unfinished">ບັນທຶກຈຳນວນສະບັບທີ່ໄດ້ຮັບ ແລະ ມາຈາກໃສ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="163"/>
        <source>Ad&amp;just stock…</source>
        <translation type="unfinished">ປັບສາງ… (&amp;J)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="164"/>
        <source>Record copies lost or damaged, or a count of the shelf</source>
        <translation type="unfinished">ບັນທຶກສະບັບທີ່ເສຍ ຫຼື ເປ່ເພ, ຫຼື ການນັບສາງຢູ່ເທິງຊັ້ນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="165"/>
        <source>O&amp;pen file</source>
        <translation type="unfinished">ເປີດແຟ້ມ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="166"/>
        <source>Open the material&apos;s file with the computer&apos;s viewer</source>
        <translation type="unfinished">ເປີດແຟ້ມຂອງສື່ດ້ວຍໂປຣແກຣມເບິ່ງຂອງຄອມພິວເຕີ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="167"/>
        <source>Add the sa&amp;mple catalogue</source>
        <translation type="unfinished">ເພີ່ມລາຍການຕົວຢ່າງ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="168"/>
        <source>Add riskedu&apos;s sample materials, to try the page out</source>
        <translation type="unfinished">ເພີ່ມສື່ຕົວຢ່າງຂອງ riskedu ເພື່ອທົດລອງໜ້ານີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="169"/>
        <source>Delete…</source>
        <translation type="unfinished">ລຶບ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="170"/>
        <source>Delete a material entered by mistake (Session › Trash brings it back until the next export)</source>
        <translation type="unfinished">ລຶບອຸປະກອນທີ່ປ້ອນຜິດ (ກອງປະຊຸມ › ຖັງຂີ້ເຫຍື້ອ ນຳກັບຄືນໄດ້ ຈົນກວ່າຈະສົ່ງອອກຄັ້ງຕໍ່ໄປ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="175"/>
        <source>No material matches. Change the filters, or add a material.</source>
        <translation type="unfinished">ບໍ່ມີສື່ທີ່ກົງກັນ. ປ່ຽນຕົວກັ່ນຕອງ ຫຼື ເພີ່ມສື່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="230"/>
        <source>Could not read the materials</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານສື່ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="257"/>
        <source>Bring &amp;back</source>
        <translation type="unfinished">ນຳກັບມາໃຊ້ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="258"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished">ເຊົາໃຊ້ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="282"/>
        <source>Could not open the material</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດສື່ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="303"/>
        <source>Retire material</source>
        <translation type="unfinished">ເຊົາໃຊ້ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="304"/>
        <source>Retire {title}? It is no longer offered for sessions; its history and the sessions that handed it out keep it.</source>
        <translation type="unfinished">ເຊົາໃຊ້ {title} ບໍ? ມັນຈະບໍ່ຖືກສະເໜີສຳລັບການສອນອີກ; ປະຫວັດຂອງມັນ ແລະ ການສອນທີ່ໄດ້ແຈກມັນຍັງຄົງຢູ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="311"/>
        <source>Could not change the material</source>
        <translation type="unfinished">ບໍ່ສາມາດປ່ຽນແປງສື່ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="317"/>
        <source>Delete material</source>
        <translation type="unfinished">ລຶບອຸປະກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="318"/>
        <source>Delete {title} and its stock history? Use this for a material entered by mistake; retire a material that is no longer used.</source>
        <translation type="unfinished">ລຶບ {title} ແລະ ປະຫວັດສາງຂອງມັນບໍ? ໃຊ້ສຳລັບອຸປະກອນທີ່ປ້ອນຜິດ; ອຸປະກອນທີ່ບໍ່ໃຊ້ແລ້ວໃຫ້ຢຸດໃຊ້ແທນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="327"/>
        <source>Could not delete the material</source>
        <translation type="unfinished">ບໍ່ສາມາດລຶບອຸປະກອນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="360"/>
        <source>Could not add the samples</source>
        <translation type="unfinished">ບໍ່ສາມາດເພີ່ມຕົວຢ່າງໄດ້</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="83"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ສື່ທີ່ແຈກຢາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="85"/>
        <source>One line for each material given out at the session. The stock on the Materials page follows on its own when the session is saved, changed or deleted.</source>
        <translation type="unfinished">ໜຶ່ງແຖວສຳລັບແຕ່ລະສື່ທີ່ແຈກໃນການສອນ. ສາງໃນໜ້າສື່ຈະປ່ຽນຕາມເອງ ເມື່ອການສອນຖືກບັນທຶກ, ແກ້ໄຂ ຫຼື ລຶບ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Material</source>
        <translation type="unfinished">ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>Quantity</source>
        <translation type="unfinished">ຈຳນວນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>In stock</source>
        <translation type="unfinished">ມີໃນສາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="91"/>
        <source>Add &amp;material</source>
        <translation type="unfinished">ເພີ່ມສື່ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="95"/>
        <location filename="../riskedu/ui/editor_materials.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished">ເອົາອອກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="108"/>
        <source>Choose…</source>
        <translation type="unfinished">ເລືອກ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="122"/>
        <source>Not said</source>
        <translation type="unfinished">ບໍ່ໄດ້ບອກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="140"/>
        <source>More than is in stock: record the stock received on the Materials page first.</source>
        <translation type="unfinished">ຫຼາຍກວ່າທີ່ມີໃນສາງ: ບັນທຶກສາງທີ່ໄດ້ຮັບໃນໜ້າສື່ກ່ອນ.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="101"/>
        <source>Organisation details for printing</source>
        <translation type="unfinished">ລາຍລະອຽດອົງການສຳລັບການພິມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="102"/>
        <source>Organisation name</source>
        <translation type="unfinished">ຊື່ອົງການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="104"/>
        <source>As it should read on certificates and summaries in each language. A document in a language left empty uses the English name.</source>
        <translation type="unfinished">ຕາມທີ່ຄວນສະແດງໃນໃບຢັ້ງຢືນ ແລະ ບົດສະຫຼຸບໃນແຕ່ລະພາສາ. ເອກະສານໃນພາສາທີ່ປະຫວ່າງໄວ້ຈະໃຊ້ຊື່ພາສາອັງກິດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="108"/>
        <source>Logo</source>
        <translation type="unfinished">ໂລໂກ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="109"/>
        <source>&amp;Choose picture…</source>
        <translation type="unfinished">ເລືອກຮູບ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="110"/>
        <source>A PNG or JPEG file, e.g. the logo on your letters</source>
        <translation type="unfinished">ໄຟລ໌ PNG ຫຼື JPEG ເຊັ່ນ ໂລໂກ້ໃນຈົດໝາຍຂອງທ່ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">ເອົາອອກ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="113"/>
        <source>Who signs the certificates</source>
        <translation type="unfinished">ຜູ້ລົງລາຍເຊັນໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="114"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="115"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">ຕຳແໜ່ງ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="116"/>
        <source>e.g. Programme manager</source>
        <translation type="unfinished">ເຊັ່ນ ຜູ້ຈັດການໂຄງການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="117"/>
        <source>&amp;Save</source>
        <translation type="unfinished">ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="134"/>
        <source>No logo</source>
        <translation type="unfinished">ບໍ່ມີໂລໂກ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="142"/>
        <source>Choose the logo</source>
        <translation type="unfinished">ເລືອກໂລໂກ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="143"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">ຮູບພາບ (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="149"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="153"/>
        <source>This picture cannot be the logo</source>
        <translation type="unfinished">ຮູບນີ້ບໍ່ສາມາດເປັນໂລໂກ້ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="176"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="180"/>
        <source>The details were not saved</source>
        <translation type="unfinished">ລາຍລະອຽດບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="191"/>
        <source>Could not read the organisation details</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານລາຍລະອຽດອົງການໄດ້</translation>
    </message>
</context>
<context>
    <name>PageSizeCombo</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="91"/>
        <source>{name} ({width} × {height} mm)</source>
        <translation type="unfinished">{name} ({width} × {height} ມມ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="93"/>
        <source>{name} ({width} × {height} in)</source>
        <translation type="unfinished">{name} ({width} × {height} ນິ້ວ)</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="114"/>
        <source>Facilitators (tick everyone who ran the session)</source>
        <translation type="unfinished">ວິທະຍາກອນ (ໝາຍເອົາທຸກຄົນທີ່ນຳພາການສອນ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="115"/>
        <source>Participants by name (optional)</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມຕາມຊື່ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="117"/>
        <source>Only needed for certificates and follow-up. Attendance counts are entered on the Attendance tab.</source>
        <translation type="unfinished">ຕ້ອງການສະເພາະສຳລັບໃບຢັ້ງຢືນ ແລະ ການຕິດຕາມ. ຈຳນວນຜູ້ເຂົ້າຮ່ວມແມ່ນປ້ອນຢູ່ແຖບຜູ້ເຂົ້າຮ່ວມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="119"/>
        <source>&amp;Add facilitator…</source>
        <translation type="unfinished">ເພີ່ມວິທະຍາກອນ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Add pe&amp;rson</source>
        <translation type="unfinished">ເພີ່ມຄົນ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Remove p&amp;erson</source>
        <translation type="unfinished">ເອົາຄົນອອກ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="166"/>
        <source>Unknown facilitator</source>
        <translation type="unfinished">ວິທະຍາກອນທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="156"/>
        <source>Print certificates</source>
        <translation type="unfinished">ພິມໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="157"/>
        <source>Print the session summary</source>
        <translation type="unfinished">ພິມບົດສະຫຼຸບການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="158"/>
        <source>Print handouts</source>
        <translation type="unfinished">ພິມເອກະສານແຈກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="159"/>
        <source>Print</source>
        <translation type="unfinished">ພິມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="160"/>
        <source>Certificates for the participants of {subject}: one page each.</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນສຳລັບຜູ້ເຂົ້າຮ່ວມ {subject}: ຄົນລະໜຶ່ງໜ້າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="162"/>
        <source>A one-page summary of {subject}, e.g. for the village chief.</source>
        <translation type="unfinished">ບົດສະຫຼຸບໜຶ່ງໜ້າຂອງ {subject} ເຊັ່ນ ສຳລັບນາຍບ້ານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="164"/>
        <source>Handouts for {subject}: a material from the catalogue, or the standard safety messages.</source>
        <translation type="unfinished">ເອກະສານແຈກສຳລັບ {subject}: ສື່ຈາກລາຍການ ຫຼື ຂໍ້ຄວາມຄວາມປອດໄພມາດຕະຖານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="167"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">ພາສາຂອງເອກະສານ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">ເຈ້ຍ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>Orientation:</source>
        <translation type="unfinished">ທິດທາງ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Material:</source>
        <translation type="unfinished">ສື່ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Copies:</source>
        <translation type="unfinished">ຈຳນວນສະບັບ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="172"/>
        <source>The language the document is printed in, whatever language the window speaks</source>
        <translation type="unfinished">ພາສາທີ່ພິມເອກະສານ ບໍ່ວ່າໜ້າຕ່າງຈະໃຊ້ພາສາໃດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="174"/>
        <source>P&amp;ortrait</source>
        <translation type="unfinished">ລວງຕັ້ງ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="175"/>
        <source>La&amp;ndscape</source>
        <translation type="unfinished">ລວງນອນ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="178"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished">ເບິ່ງກ່ອນ… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="186"/>
        <source>Standard safety messages sheet</source>
        <translation type="unfinished">ແຜ່ນຂໍ້ຄວາມຄວາມປອດໄພມາດຕະຖານ</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="117"/>
        <source>Print preview – {title}</source>
        <translation type="unfinished">ເບິ່ງກ່ອນພິມ – {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="118"/>
        <source>‹ Pre&amp;vious</source>
        <translation type="unfinished">‹ ກ່ອນໜ້າ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="119"/>
        <source>Ne&amp;xt ›</source>
        <translation type="unfinished">ຕໍ່ໄປ (&amp;X) ›</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="120"/>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">ໜ້າ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="121"/>
        <source>of {count}</source>
        <translation type="unfinished">ຈາກ {count}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="125"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">ຫຍໍ້ລົງ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="126"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">ຂະຫຍາຍ (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="128"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">ພິມ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="129"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation type="unfinished">ເລືອກເຄື່ອງພິມ ແລ້ວພິມ (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="130"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">ບັນທຶກເປັນ PDF… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="131"/>
        <source>Keep a copy of this document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished">ເກັບສຳເນົາເອກະສານນີ້ເປັນໄຟລ໌ PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="133"/>
        <source>&amp;Close</source>
        <translation type="unfinished">ປິດ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="138"/>
        <source>Fit width</source>
        <translation type="unfinished">ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="139"/>
        <source>Whole page</source>
        <translation type="unfinished">ທັງໜ້າ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="213"/>
        <source>Print {title}</source>
        <translation type="unfinished">ພິມ {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">ກຳລັງສົ່ງໜ້າໄປເຄື່ອງພິມ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="221"/>
        <source>Printing</source>
        <translation type="unfinished">ກຳລັງພິມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="227"/>
        <source>Sending page {done} of {total} to the printer…</source>
        <translation type="unfinished">ກຳລັງສົ່ງໜ້າ {done} ຈາກ {total} ໄປເຄື່ອງພິມ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="237"/>
        <source>Could not print</source>
        <translation type="unfinished">ບໍ່ສາມາດພິມໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="238"/>
        <source>The printer {printer} did not accept the document. Check that it is switched on and connected, or save the document as a PDF and print it from another computer.</source>
        <translation type="unfinished">ເຄື່ອງພິມ {printer} ບໍ່ຮັບເອກະສານ. ກວດເບິ່ງວ່າເປີດ ແລະ ເຊື່ອມຕໍ່ແລ້ວ, ຫຼື ບັນທຶກເອກະສານເປັນ PDF ແລ້ວພິມຈາກຄອມພິວເຕີອື່ນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="249"/>
        <source>Save {title} as PDF</source>
        <translation type="unfinished">ບັນທຶກ {title} ເປັນ PDF</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="250"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">ເອກະສານ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="260"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished">PDF ບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="87"/>
        <source>Still preparing a document</source>
        <translation type="unfinished">ຍັງກຳລັງກະກຽມເອກະສານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="88"/>
        <source>riskedu is still preparing {title}. Wait for it to finish, or cancel it, then try again.</source>
        <translation type="unfinished">riskedu ຍັງກຳລັງກະກຽມ {title}. ລໍໃຫ້ສຳເລັດ ຫຼື ຍົກເລີກ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="122"/>
        <source>Preparing the document</source>
        <translation type="unfinished">ກຳລັງກະກຽມເອກະສານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="123"/>
        <source>Preparing {title}…</source>
        <translation type="unfinished">ກຳລັງກະກຽມ {title}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="139"/>
        <source>Preparing {title}: {done} of {total}…</source>
        <translation type="unfinished">ກຳລັງກະກຽມ {title}: {done} ຈາກ {total}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="176"/>
        <source>The document was prepared but cannot be shown: the file is damaged or empty. Try again; if it happens again, tell your information officer.</source>
        <translation type="unfinished">ເອກະສານຖືກກະກຽມແລ້ວ ແຕ່ສະແດງບໍ່ໄດ້: ໄຟລ໌ເສຍຫາຍ ຫຼື ຫວ່າງເປົ່າ. ລອງໃໝ່; ຖ້າເກີດອີກ ໃຫ້ແຈ້ງເຈົ້າໜ້າທີ່ຂໍ້ມູນຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="187"/>
        <source>Could not prepare {title}</source>
        <translation type="unfinished">ບໍ່ສາມາດກະກຽມ {title} ໄດ້</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="41"/>
        <source>&amp;Select All</source>
        <translation type="unfinished">ເລືອກທັງໝົດ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="42"/>
        <source>&amp;Step up</source>
        <translation type="unfinished">ເພີ່ມຂຶ້ນ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="43"/>
        <source>Step &amp;down</source>
        <translation type="unfinished">ຫຼຸດລົງ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="27"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="28"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="29"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="30"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="31"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">ວາງ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="32"/>
        <source>Delete</source>
        <translation type="unfinished">ລຶບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="33"/>
        <source>Select All</source>
        <translation type="unfinished">ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished">ຕົກລົງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="16"/>
        <source>&amp;No</source>
        <translation type="unfinished">ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation type="unfinished">ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation type="unfinished">ປະຖິ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="20"/>
        <source>Open</source>
        <translation type="unfinished">ເປີດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="21"/>
        <source>Apply</source>
        <translation type="unfinished">ນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation type="unfinished">ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation type="unfinished">ລອງໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation type="unfinished">ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="25"/>
        <source>Abort</source>
        <translation type="unfinished">ຢຸດ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="34"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="37"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="38"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">ວາງ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="39"/>
        <source>Delete</source>
        <translation type="unfinished">ລຶບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="40"/>
        <source>Select All</source>
        <translation type="unfinished">ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="121"/>
        <source>Receive stock</source>
        <translation type="unfinished">ຮັບເຂົ້າສາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;Copies received:</source>
        <translation type="unfinished">ຈຳນວນສະບັບທີ່ໄດ້ຮັບ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;From:</source>
        <translation type="unfinished">ຈາກ (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">ວັນທີ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="125"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">ບັນທຶກ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="128"/>
        <source>e.g. headquarters store, donor, printer</source>
        <translation type="unfinished">ຕົວຢ່າງ ສາງສຳນັກງານໃຫຍ່, ຜູ້ໃຫ້ທຶນ, ໂຮງພິມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="130"/>
        <source>Not said</source>
        <translation type="unfinished">ບໍ່ໄດ້ບອກ</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="123"/>
        <source>Period summary</source>
        <translation type="unfinished">ບົດສະຫຼຸບຕາມໄລຍະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="125"/>
        <source>Totals of every session in a period and an area: sessions and beneficiaries, tables by province and district, by method and by audience, girls, boys, women and men by age, charts, and the hazard reports received.</source>
        <translation type="unfinished">ຍອດລວມຂອງທຸກການສອນໃນໄລຍະ ແລະ ພື້ນທີ່ໜຶ່ງ: ການສອນ ແລະ ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດ, ຕາຕະລາງຕາມແຂວງ ແລະ ເມືອງ, ຕາມວິທີ ແລະ ຕາມກຸ່ມເປົ້າໝາຍ, ເດັກຍິງ, ເດັກຊາຍ, ແມ່ຍິງ ແລະ ຜູ້ຊາຍຕາມອາຍຸ, ແຜນພູມ, ແລະ ລາຍງານໄພອັນຕະລາຍທີ່ໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>Last month</source>
        <translation type="unfinished">ເດືອນກ່ອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>This month</source>
        <translation type="unfinished">ເດືອນນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="131"/>
        <source>Last three months</source>
        <translation type="unfinished">ສາມເດືອນກ່ອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>This year</source>
        <translation type="unfinished">ປີນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>Last year</source>
        <translation type="unfinished">ປີກາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="133"/>
        <source>Other dates</source>
        <translation type="unfinished">ວັນທີອື່ນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">ໄລຍະ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;from</source>
        <translation type="unfinished">ຈາກ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;to</source>
        <translation type="unfinished">ເຖິງ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>&amp;Area:</source>
        <translation type="unfinished">ພື້ນທີ່ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">ພາສາຂອງເອກະສານ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="138"/>
        <source>Pa&amp;per:</source>
        <translation type="unfinished">ເຈ້ຍ (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="144"/>
        <source>&amp;Generate…</source>
        <translation type="unfinished">ສ້າງ… (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="145"/>
        <source>Prepare the summary and show it to print or save as PDF</source>
        <translation type="unfinished">ກະກຽມບົດສະຫຼຸບ ແລະ ສະແດງເພື່ອພິມ ຫຼື ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="183"/>
        <source>The period starts ({start}) after it ends ({end}). Choose a start date on or before the end date.</source>
        <translation type="unfinished">ໄລຍະເລີ່ມ ({start}) ຫຼັງຈາກສິ້ນສຸດ ({end}). ເລືອກວັນເລີ່ມໃນ ຫຼື ກ່ອນວັນສິ້ນສຸດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="194"/>
        <source>the period summary {start} – {end}, {area}</source>
        <translation type="unfinished">ບົດສະຫຼຸບຕາມໄລຍະ {start} – {end}, {area}</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="56"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished">ຍົກເລີກການລຶບ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="57"/>
        <source>Bring back what was just deleted (Ctrl+Z)</source>
        <translation type="unfinished">ນຳສິ່ງທີ່ຫາກໍລຶບກັບຄືນ (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="58"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished">ຖັງຂີ້ເຫຍື້ອ… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="59"/>
        <source>Deleted sessions, materials, participants and hazard reports, to restore until they are exported (Ctrl+Shift+T)</source>
        <translation type="unfinished">ກອງປະຊຸມ, ອຸປະກອນ, ຜູ້ເຂົ້າຮ່ວມ ແລະ ລາຍງານໄພອັນຕະລາຍທີ່ຖືກລຶບ, ກູ້ຄືນໄດ້ຈົນກວ່າຈະສົ່ງອອກ (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="61"/>
        <source>&amp;History…</source>
        <translation type="unfinished">ປະຫວັດ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="62"/>
        <source>Who changed the selected final session, what and when (Ctrl+H)</source>
        <translation type="unfinished">ໃຜປ່ຽນກອງປະຊຸມສະບັບສຸດທ້າຍທີ່ເລືອກ, ປ່ຽນຫຍັງ ແລະ ເມື່ອໃດ (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="63"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished">ລັອກດຽວນີ້ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="64"/>
        <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
        <translation type="unfinished">ເຊື່ອງທຸກຢ່າງຈົນກວ່າຈະພິມລະຫັດຜ່ານ (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="65"/>
        <source>App loc&amp;k…</source>
        <translation type="unfinished">ລັອກແອັບ… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="66"/>
        <source>Set, change or remove the passphrase that locks riskedu</source>
        <translation type="unfinished">ຕັ້ງ, ປ່ຽນ ຫຼື ລຶບລະຫັດຜ່ານທີ່ລັອກ riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="86"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງໃຫ້ຍົກເລີກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="91"/>
        <location filename="../riskedu/ui/safety_actions.py" line="116"/>
        <source>Could not restore</source>
        <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="96"/>
        <source>Restored.</source>
        <translation type="unfinished">ກູ້ຄືນແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;1 Session</source>
        <translation type="unfinished">&amp;1 ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;2 Place</source>
        <translation type="unfinished">&amp;2 ສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;3 Attendance</source>
        <translation type="unfinished">&amp;3 ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;4 People</source>
        <translation type="unfinished">&amp;4 ບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;5 Hazards</source>
        <translation type="unfinished">&amp;5 ໄພອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;6 Materials</source>
        <translation type="unfinished">&amp;6 ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>Session {code}</source>
        <translation type="unfinished">ການສອນ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>New session</source>
        <translation type="unfinished">ການສອນໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="142"/>
        <source>{title} – riskedu</source>
        <translation type="unfinished">{title} – riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="147"/>
        <source>This record is final: you can read it but not change it. Reopen it for correction to change it; the reopening is recorded with your name.</source>
        <translation type="unfinished">ບັນທຶກນີ້ເປັນສະບັບສຸດທ້າຍ: ທ່ານອ່ານໄດ້ ແຕ່ແກ້ໄຂບໍ່ໄດ້. ເປີດມັນຄືນເພື່ອແກ້ໄຂ ຈຶ່ງຈະປ່ຽນແປງໄດ້; ການເປີດຄືນຈະຖືກບັນທຶກພ້ອມຊື່ຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="150"/>
        <source>Sa&amp;ve draft</source>
        <translation type="unfinished">ບັນທຶກເປັນສະບັບຮ່າງ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="151"/>
        <source>Save without checking completeness (Ctrl+S)</source>
        <translation type="unfinished">ບັນທຶກໂດຍບໍ່ກວດຄວາມຄົບຖ້ວນ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="152"/>
        <source>Save as fina&amp;l</source>
        <translation type="unfinished">ບັນທຶກເປັນສະບັບສຸດທ້າຍ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="153"/>
        <source>Check every rule and save as a final record (Ctrl+Enter)</source>
        <translation type="unfinished">ກວດທຸກເງື່ອນໄຂ ແລະ ບັນທຶກເປັນບັນທຶກສະບັບສຸດທ້າຍ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="155"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">ເປີດຄືນເພື່ອແກ້ໄຂ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="156"/>
        <source>&amp;History…</source>
        <translation type="unfinished">ປະຫວັດ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="157"/>
        <source>Who changed this record, what and when</source>
        <translation type="unfinished">ໃຜປ່ຽນບັນທຶກນີ້, ປ່ຽນຫຍັງ ແລະ ເມື່ອໃດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished">ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="159"/>
        <source>Alt+1…6 switch tabs</source>
        <translation type="unfinished">Alt+1…6 ປ່ຽນແຖບ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="160"/>
        <source>Alt+1…6 switch tabs · Ctrl+S save draft · Ctrl+Enter save as final</source>
        <translation type="unfinished">Alt+1…6 ປ່ຽນແຖບ · Ctrl+S ບັນທຶກສະບັບຮ່າງ · Ctrl+Enter ບັນທຶກສະບັບສຸດທ້າຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="227"/>
        <source>Could not keep a safety copy of this edit</source>
        <translation type="unfinished">ບໍ່ສາມາດເກັບສຳເນົາສຳຮອງຂອງການແກ້ໄຂນີ້ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="252"/>
        <source>The session was not saved</source>
        <translation type="unfinished">ການສອນບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/session_editor.py" line="269"/>
        <source>Nothing was saved. Please correct %Ln problem(s):</source>
        <translation type="unfinished">
            <numerusform>ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາແກ້ໄຂ %Ln ບັນຫາ:</numerusform>
            <numerusform>ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາແກ້ໄຂ %Ln ບັນຫາ:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="305"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">ການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="306"/>
        <source>This session has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished">ການສອນນີ້ມີການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ. ບັນທຶກເປັນສະບັບຮ່າງບໍ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="329"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດການສອນຄືນໄດ້</translation>
    </message>
</context>
<context>
    <name>SessionPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="65"/>
        <source>&amp;Print</source>
        <translation type="unfinished">ພິມ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="67"/>
        <source>&amp;Certificates…</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="68"/>
        <source>Print a certificate for each participant of the session (Ctrl+Shift+P)</source>
        <translation type="unfinished">ພິມໃບຢັ້ງຢືນໃຫ້ຜູ້ເຂົ້າຮ່ວມແຕ່ລະຄົນຂອງການສອນ (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="69"/>
        <source>Session &amp;summary…</source>
        <translation type="unfinished">ບົດສະຫຼຸບການສອນ… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="70"/>
        <source>Print a one-page summary of the session</source>
        <translation type="unfinished">ພິມບົດສະຫຼຸບໜຶ່ງໜ້າຂອງການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="71"/>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">ເອກະສານແຈກ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="72"/>
        <source>Print copies of a material or of the standard safety messages</source>
        <translation type="unfinished">ພິມສຳເນົາຂອງສື່ ຫຼື ຂໍ້ຄວາມຄວາມປອດໄພມາດຕະຖານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="101"/>
        <source>certificates of {code}</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນຂອງ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="105"/>
        <source>the summary of {code}</source>
        <translation type="unfinished">ບົດສະຫຼຸບຂອງ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="109"/>
        <source>handouts for {code}</source>
        <translation type="unfinished">ເອກະສານແຈກສຳລັບ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="118"/>
        <source>Save first</source>
        <translation type="unfinished">ບັນທຶກກ່ອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="119"/>
        <source>Documents are printed from the saved session. Save your changes (as a draft or as final), then print.</source>
        <translation type="unfinished">ເອກະສານພິມຈາກການສອນທີ່ບັນທຶກໄວ້. ບັນທຶກການປ່ຽນແປງຂອງທ່ານ (ເປັນສະບັບຮ່າງ ຫຼື ສະບັບສຸດທ້າຍ), ແລ້ວພິມ.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="34"/>
        <source>Report code</source>
        <translation type="unfinished">ລະຫັດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="35"/>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="36"/>
        <source>Province</source>
        <translation type="unfinished">ແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="37"/>
        <source>Village / place</source>
        <translation type="unfinished">ບ້ານ / ສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="39"/>
        <source>Activity</source>
        <translation type="unfinished">ກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="40"/>
        <source>Girls</source>
        <translation type="unfinished">ເດັກຍິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="41"/>
        <source>Boys</source>
        <translation type="unfinished">ເດັກຊາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="42"/>
        <source>Women</source>
        <translation type="unfinished">ແມ່ຍິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="43"/>
        <source>Men</source>
        <translation type="unfinished">ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="44"/>
        <source>Total</source>
        <translation type="unfinished">ລວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="45"/>
        <source>Disability</source>
        <translation type="unfinished">ພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="278"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished">ສະຖານທີ່ບໍ່ມີໃນບັນຊີລາຍຊື່ພູມສາດ</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="96"/>
        <source>Set up riskedu</source>
        <translation type="unfinished">ຕັ້ງຄ່າ riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="98"/>
        <source>&lt;b&gt;Welcome to riskedu.&lt;/b&gt; Tell it once who you work for: every session you log on this laptop carries your organisation, team and name. You can log sessions without any internet connection.</source>
        <translation type="unfinished">&lt;b&gt;ຍິນດີຕ້ອນຮັບສູ່ riskedu.&lt;/b&gt; ບອກມັນເທື່ອດຽວວ່າທ່ານເຮັດວຽກໃຫ້ໃຜ: ທຸກການສອນທີ່ທ່ານບັນທຶກໃນຄອມພິວເຕີນີ້ຈະມີອົງການ, ທີມ ແລະ ຊື່ຂອງທ່ານ. ທ່ານສາມາດບັນທຶກການສອນໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished">ອົງການ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="103"/>
        <source>Organisation &amp;code:</source>
        <translation type="unfinished">ລະຫັດອົງການ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="104"/>
        <source>&amp;Team:</source>
        <translation type="unfinished">ທີມ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="105"/>
        <source>Team c&amp;ode:</source>
        <translation type="unfinished">ລະຫັດທີມ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="106"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">ຊື່ຂອງທ່ານ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="107"/>
        <source>Your &amp;sex:</source>
        <translation type="unfinished">ເພດຂອງທ່ານ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="108"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished">ປະເທດ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="109"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ພາສາ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="113"/>
        <source>e.g. HALO Trust</source>
        <translation type="unfinished">ຕົວຢ່າງ HALO Trust</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="115"/>
        <source>Short, for report codes, e.g. HALO</source>
        <translation type="unfinished">ສັ້ນໆ ສຳລັບລະຫັດລາຍງານ, ຕົວຢ່າງ HALO</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="116"/>
        <source>e.g. Risk education team 3</source>
        <translation type="unfinished">ຕົວຢ່າງ ທີມສຶກສາຄວາມສ່ຽງ 3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="117"/>
        <source>Optional, e.g. T3</source>
        <translation type="unfinished">ບໍ່ບັງຄັບ, ຕົວຢ່າງ T3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="118"/>
        <source>Prefer not to say</source>
        <translation type="unfinished">ບໍ່ຢາກບອກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="119"/>
        <source>Cambodia (administrative units 2025)</source>
        <translation type="unfinished">ກຳປູເຈຍ (ຫົວໜ່ວຍການປົກຄອງ 2025)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="150"/>
        <source>Could not save the set-up</source>
        <translation type="unfinished">ບໍ່ສາມາດບັນທຶກການຕັ້ງຄ່າໄດ້</translation>
    </message>
</context>
<context>
    <name>StockHistoryModel</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="43"/>
        <source>Movement</source>
        <translation type="unfinished">ການເຄື່ອນໄຫວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="44"/>
        <source>Quantity</source>
        <translation type="unfinished">ຈຳນວນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="45"/>
        <source>Balance</source>
        <translation type="unfinished">ຍອດຄົງເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="46"/>
        <source>Details</source>
        <translation type="unfinished">ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="47"/>
        <source>Recorded by</source>
        <translation type="unfinished">ບັນທຶກໂດຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="66"/>
        <source>from {source}</source>
        <translation type="unfinished">ຈາກ {source}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="69"/>
        <source>session {code}</source>
        <translation type="unfinished">ກອງປະຊຸມ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="72"/>
        <source>{count} counted</source>
        <translation type="unfinished">ນັບໄດ້ {count}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="92"/>
        <source>&amp;History of bundles</source>
        <translation type="unfinished">ປະຫວັດຊຸດແຟ້ມ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="93"/>
        <source>&amp;Known installations</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງທີ່ຮູ້ຈັກ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="155"/>
        <source>Could not read the sync history</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານປະຫວັດການຊິງຂໍ້ມູນໄດ້</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="38"/>
        <source>&lt;b&gt;Totals of the list&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;ຍອດລວມຂອງລາຍການ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Sessions:</source>
        <translation type="unfinished">ການສອນ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Girls:</source>
        <translation type="unfinished">ເດັກຍິງ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Boys:</source>
        <translation type="unfinished">ເດັກຊາຍ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Women:</source>
        <translation type="unfinished">ແມ່ຍິງ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Men:</source>
        <translation type="unfinished">ຜູ້ຊາຍ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Everyone:</source>
        <translation type="unfinished">ທຸກຄົນ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="42"/>
        <source>With disability:</source>
        <translation type="unfinished">ພິການ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="46"/>
        <source>Persons with disability (Washington Group: a lot of difficulty or more)</source>
        <translation type="unfinished">ຄົນພິການ (Washington Group: ມີຄວາມຫຍຸ້ງຍາກຫຼາຍ ຫຼື ຫຼາຍກວ່ານັ້ນ)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="71"/>
        <source>Trash</source>
        <translation type="unfinished">ຖັງຂີ້ເຫຍື້ອ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="73"/>
        <source>Deleted sessions, materials, participants and hazard reports stay here and can be restored exactly as they were until the next export. An exported deletion travels to headquarters and can no longer be undone.</source>
        <translation type="unfinished">ກອງປະຊຸມ, ອຸປະກອນ, ຜູ້ເຂົ້າຮ່ວມ ແລະ ລາຍງານໄພອັນຕະລາຍທີ່ຖືກລຶບຢູ່ບ່ອນນີ້ ແລະ ກູ້ຄືນໃຫ້ຄືເກົ່າໄດ້ ຈົນກວ່າຈະສົ່ງອອກຄັ້ງຕໍ່ໄປ. ການລຶບທີ່ສົ່ງອອກແລ້ວຈະໄປຮອດສຳນັກງານໃຫຍ່ ແລະ ຍົກເລີກບໍ່ໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Deleted</source>
        <translation type="unfinished">ລຶບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>What</source>
        <translation type="unfinished">ຫຍັງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Item</source>
        <translation type="unfinished">ລາຍການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Details</source>
        <translation type="unfinished">ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>By</source>
        <translation type="unfinished">ໂດຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>State</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="79"/>
        <source>The trash is empty.</source>
        <translation type="unfinished">ຖັງຂີ້ເຫຍື້ອຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="80"/>
        <source>&amp;Restore</source>
        <translation type="unfinished">ກູ້ຄືນ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Session</source>
        <translation type="unfinished">ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Material</source>
        <translation type="unfinished">ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="86"/>
        <source>Participant</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="87"/>
        <source>Hazard report</source>
        <translation type="unfinished">ລາຍງານໄພອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="94"/>
        <source>Could not read the trash</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານຖັງຂີ້ເຫຍື້ອໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="100"/>
        <source>Exported: cannot be restored</source>
        <translation type="unfinished">ສົ່ງອອກແລ້ວ: ກູ້ຄືນບໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="101"/>
        <source>Can be restored</source>
        <translation type="unfinished">ກູ້ຄືນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="133"/>
        <source>Could not restore</source>
        <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນໄດ້</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="68"/>
        <source>Verify a certificate</source>
        <translation type="unfinished">ກວດສອບໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="70"/>
        <source>&amp;Paste the text read from the certificate&apos;s QR code, or type the certificate number printed under it. No internet is needed.</source>
        <translation type="unfinished">ວາງຂໍ້ຄວາມທີ່ອ່ານຈາກລະຫັດ QR ຂອງໃບຢັ້ງຢືນ ຫຼື ພິມເລກໃບຢັ້ງຢືນທີ່ພິມຢູ່ລຸ່ມມັນ. ບໍ່ຕ້ອງໃຊ້ອິນເຕີເນັດ. (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="72"/>
        <source>e.g. {number}</source>
        <translation type="unfinished">ເຊັ່ນ {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="74"/>
        <source>&amp;Check</source>
        <translation type="unfinished">ກວດ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="75"/>
        <source>Check the certificate (Ctrl+Enter)</source>
        <translation type="unfinished">ກວດໃບຢັ້ງຢືນ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished">ປິດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="95"/>
        <source>Paste or type a certificate code first.</source>
        <translation type="unfinished">ວາງ ຫຼື ພິມລະຫັດໃບຢັ້ງຢືນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="83"/>
        <location filename="../riskedu/ui/verify_dialog.py" line="99"/>
        <source>Could not check the certificate</source>
        <translation type="unfinished">ບໍ່ສາມາດກວດໃບຢັ້ງຢືນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="109"/>
        <source>Genuine certificate</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນແທ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="110"/>
        <source>Not confirmed as genuine</source>
        <translation type="unfinished">ບໍ່ໄດ້ຮັບການຢືນຢັນວ່າແທ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Certificate number</source>
        <translation type="unfinished">ເລກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Issued to</source>
        <translation type="unfinished">ອອກໃຫ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Session date</source>
        <translation type="unfinished">ວັນທີສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Place</source>
        <translation type="unfinished">ສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Signed by</source>
        <translation type="unfinished">ລົງລາຍເຊັນໂດຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Installation</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງ</translation>
    </message>
</context>
<context>
    <name>WindowPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="96"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished">ການຕັ້ງຄ່າ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="97"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">ເຄື່ອງມື (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="99"/>
        <source>&amp;Organisation details for printing…</source>
        <translation type="unfinished">ລາຍລະອຽດອົງການສຳລັບການພິມ… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="100"/>
        <source>The organisation&apos;s name in each language, its logo and who signs certificates</source>
        <translation type="unfinished">ຊື່ອົງການໃນແຕ່ລະພາສາ, ໂລໂກ້ ແລະ ຜູ້ລົງລາຍເຊັນໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="102"/>
        <source>&amp;Verify a certificate…</source>
        <translation type="unfinished">ກວດສອບໃບຢັ້ງຢືນ… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="103"/>
        <source>Tell a genuine certificate from a forged one by its QR code or number</source>
        <translation type="unfinished">ແຍກໃບຢັ້ງຢືນແທ້ຈາກໃບປອມ ດ້ວຍລະຫັດ QR ຫຼື ເລກຂອງມັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="104"/>
        <source>&amp;Period summary…</source>
        <translation type="unfinished">ບົດສະຫຼຸບຕາມໄລຍະ… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="105"/>
        <source>Print the summary of all sessions of a period and area (Alt+7)</source>
        <translation type="unfinished">ພິມບົດສະຫຼຸບຂອງທຸກການສອນໃນໄລຍະ ແລະ ພື້ນທີ່ (Alt+5)</translation>
    </message>
</context>
<context>
    <name>WorkBar</name>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">ຍົກເລີກ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="41"/>
        <source>Stop: no file is written and nothing is imported</source>
        <translation type="unfinished">ຢຸດ: ບໍ່ມີໄຟລ໌ຖືກຂຽນ ແລະ ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="81"/>
        <source>{title}: {count} in stock now.</source>
        <translation type="unfinished">{title}: ມີໃນສາງ {count} ດຽວນີ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="105"/>
        <source>Nothing was recorded. Please correct:</source>
        <translation type="unfinished">ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາແກ້ໄຂ:</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="67"/>
        <source>Safety briefing</source>
        <translation type="unfinished">ການແນະນຳຄວາມປອດໄພ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="68"/>
        <source>Direct risk education</source>
        <translation type="unfinished">ການສຶກສາຄວາມສ່ຽງໂດຍກົງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="69"/>
        <source>Material distribution</source>
        <translation type="unfinished">ການແຈກຢາຍສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="70"/>
        <source>Radio</source>
        <translation type="unfinished">ວິທະຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="71"/>
        <source>TV</source>
        <translation type="unfinished">ໂທລະພາບ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="72"/>
        <source>Video</source>
        <translation type="unfinished">ວິດີໂອ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="73"/>
        <source>Social media</source>
        <translation type="unfinished">ສື່ສັງຄົມອອນລາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="74"/>
        <source>Printed press</source>
        <translation type="unfinished">ສື່ສິ່ງພິມ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="75"/>
        <source>Training of teachers</source>
        <translation type="unfinished">ການຝຶກອົບຮົມຄູ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="76"/>
        <source>Community focal point training</source>
        <translation type="unfinished">ການຝຶກອົບຮົມຜູ້ປະສານງານຊຸມຊົນ</translation>
    </message>
</context>
<context>
    <name>adjust_reason</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="174"/>
        <source>Lost</source>
        <translation type="unfinished">ເສຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="175"/>
        <source>Damaged</source>
        <translation type="unfinished">ເປ່ເພ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="176"/>
        <source>Counted (set the balance)</source>
        <translation type="unfinished">ນັບແລ້ວ (ກຳນົດຍອດຄົງເຫຼືອ)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="177"/>
        <source>Other correction</source>
        <translation type="unfinished">ການແກ້ໄຂອື່ນ</translation>
    </message>
</context>
<context>
    <name>age_band</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="50"/>
        <source>0–5</source>
        <translation type="unfinished">0–5</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="51"/>
        <source>6–12</source>
        <translation type="unfinished">6–12</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="52"/>
        <source>13–17</source>
        <translation type="unfinished">13–17</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="53"/>
        <source>18–49</source>
        <translation type="unfinished">18–49</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="54"/>
        <source>50–59</source>
        <translation type="unfinished">50–59</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="55"/>
        <source>60+</source>
        <translation type="unfinished">60+</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../riskedu/ui/app.py" line="68"/>
        <source>Cannot open the database</source>
        <translation type="unfinished">ບໍ່ສາມາດເປີດຖານຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/app.py" line="69"/>
        <source>riskedu could not open {path}.

{reason}</source>
        <translation type="unfinished">riskedu ບໍ່ສາມາດເປີດ {path} ໄດ້.

{reason}</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="97"/>
        <source>Community focal points</source>
        <translation type="unfinished">ຜູ້ປະສານງານຊຸມຊົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="98"/>
        <source>Community leaders</source>
        <translation type="unfinished">ຜູ້ນຳຊຸມຊົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="99"/>
        <source>Farmers</source>
        <translation type="unfinished">ຊາວກະສິກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="100"/>
        <source>Health workers</source>
        <translation type="unfinished">ພະນັກງານສາທາລະນະສຸກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="101"/>
        <source>Reconstruction workers</source>
        <translation type="unfinished">ຄົນງານກໍ່ສ້າງຄືນໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="102"/>
        <source>Refugees / IDPs</source>
        <translation type="unfinished">ຜູ້ອົບພະຍົບ / ຜູ້ພັດຖິ່ນພາຍໃນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="103"/>
        <source>Religious leaders</source>
        <translation type="unfinished">ຜູ້ນຳສາສະໜາ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="104"/>
        <source>Scrap metal collectors / dealers</source>
        <translation type="unfinished">ຜູ້ເກັບ / ຜູ້ຊື້ຂາຍເສດເຫຼັກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="105"/>
        <source>Teachers</source>
        <translation type="unfinished">ຄູ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="106"/>
        <source>Children / students</source>
        <translation type="unfinished">ເດັກນ້ອຍ / ນັກຮຽນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="107"/>
        <source>Convoy drivers</source>
        <translation type="unfinished">ຄົນຂັບລົດຂະບວນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="108"/>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../riskedu/core/backups.py" line="37"/>
        <source>The backup could not be written: {folder} is full. Free some space there or choose another folder (a USB stick will do). The earlier backups are unchanged.</source>
        <translation type="unfinished">ບໍ່ສາມາດຂຽນສຳຮອງໄດ້: {folder} ເຕັມແລ້ວ. ກະລຸນາເພີ່ມບ່ອນວ່າງຢູ່ບ່ອນນັ້ນ ຫຼື ເລືອກໂຟນເດີອື່ນ (USB ກໍໄດ້). ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="40"/>
        <source>The backup could not be written: riskedu may not write to {folder}. Choose another folder, or unlock the USB stick. The earlier backups are unchanged.</source>
        <translation type="unfinished">ບໍ່ສາມາດຂຽນສຳຮອງໄດ້: riskedu ບໍ່ມີສິດຂຽນໃສ່ {folder}. ກະລຸນາເລືອກໂຟນເດີອື່ນ ຫຼື ປົດລັອກ USB. ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="43"/>
        <source>The backup could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. The earlier backups are unchanged.</source>
        <translation type="unfinished">ບໍ່ສາມາດຂຽນສຳຮອງໃສ່ {folder} ໄດ້ ({reason}). ກະລຸນາກວດເບິ່ງວ່າດິສ ຫຼື USB ຍັງເຊື່ອມຕໍ່ຢູ່ ແລ້ວລອງໃໝ່. ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="46"/>
        <source>The database {path} is damaged ({detail}), so no backup was made: a backup of a damaged file would replace good ones. Restore the latest good backup instead.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນ {path} ເສຍຫາຍ ({detail}) ຈຶ່ງບໍ່ໄດ້ສຳຮອງ: ການສຳຮອງໄຟລ໌ທີ່ເສຍຫາຍຈະແທນທີ່ສຳຮອງທີ່ດີ. ກະລຸນາກູ້ຄືນສຳຮອງທີ່ດີຫຼ້າສຸດແທນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="49"/>
        <source>The database {path} could not be read for a backup ({detail}). The earlier backups are unchanged.</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານຖານຂໍ້ມູນ {path} ເພື່ອສຳຮອງໄດ້ ({detail}). ສຳຮອງກ່ອນໜ້ານີ້ບໍ່ມີການປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="52"/>
        <source>Backups are made of a database file on this computer (SQLite). This database is on a server ({url}): back it up with the server&apos;s own tools, such as pg_dump for PostgreSQL.</source>
        <translation type="unfinished">ການສຳຮອງແມ່ນສຳລັບໄຟລ໌ຖານຂໍ້ມູນໃນຄອມພິວເຕີນີ້ (SQLite). ຖານຂໍ້ມູນນີ້ຢູ່ໃນເຊີບເວີ ({url}): ກະລຸນາສຳຮອງດ້ວຍເຄື່ອງມືຂອງເຊີບເວີເອງ ເຊັ່ນ pg_dump ສຳລັບ PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="37"/>
        <source>{path} is not a riskedu backup (it is not a riskedu database). Nothing was changed.</source>
        <translation type="unfinished">{path} ບໍ່ແມ່ນສຳຮອງຂອງ riskedu (ມັນບໍ່ແມ່ນຖານຂໍ້ມູນ riskedu). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="40"/>
        <source>The backup {path} is damaged ({detail}). Nothing was changed: choose an older backup.</source>
        <translation type="unfinished">ສຳຮອງ {path} ເສຍຫາຍ ({detail}). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ: ກະລຸນາເລືອກສຳຮອງທີ່ເກົ່າກວ່າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="43"/>
        <source>The backup {path} was made by a newer version of riskedu (schema {revision}). Update riskedu to restore it. Nothing was changed.</source>
        <translation type="unfinished">ສຳຮອງ {path} ຖືກສ້າງໂດຍ riskedu ລຸ້ນໃໝ່ກວ່າ (schema {revision}). ກະລຸນາອັບເດດ riskedu ເພື່ອກູ້ຄືນມັນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="46"/>
        <source>{path} is open in riskedu or another program. Close it there first, then restore again. Nothing was changed.</source>
        <translation type="unfinished">{path} ກຳລັງເປີດຢູ່ໃນ riskedu ຫຼື ໂປຣແກຣມອື່ນ. ກະລຸນາປິດມັນຢູ່ບ່ອນນັ້ນກ່ອນ ແລ້ວກູ້ຄືນອີກຄັ້ງ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="49"/>
        <source>The backup could not be put in place ({reason}). Nothing was changed: free some space beside {path} or check that you may write there, then try again.</source>
        <translation type="unfinished">ບໍ່ສາມາດວາງສຳຮອງເຂົ້າບ່ອນໄດ້ ({reason}). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ: ກະລຸນາເພີ່ມບ່ອນວ່າງຂ້າງ {path} ຫຼື ກວດເບິ່ງວ່າທ່ານມີສິດຂຽນຢູ່ບ່ອນນັ້ນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="29"/>
        <source>The backup of {time} holds: {counts}.</source>
        <translation type="unfinished">ສຳຮອງຂອງ {time} ມີ: {counts}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="32"/>
        <source>The current database cannot be read, so what it holds beyond the backup is not known.</source>
        <translation type="unfinished">ອ່ານຖານຂໍ້ມູນປັດຈຸບັນບໍ່ໄດ້ ຈຶ່ງບໍ່ຮູ້ວ່າມັນມີຫຍັງຫຼາຍກວ່າສຳຮອງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="35"/>
        <source>The current database holds: {counts}.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນປັດຈຸບັນມີ: {counts}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="38"/>
        <source>Records added or changed since this backup, which a restore would undo: {count}.</source>
        <translation type="unfinished">ບັນທຶກທີ່ເພີ່ມ ຫຼື ປ່ຽນແປງຕັ້ງແຕ່ສຳຮອງນີ້ ເຊິ່ງການກູ້ຄືນຈະຍົກເລີກ: {count}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="42"/>
        <source>No record was added or changed since this backup.</source>
        <translation type="unfinished">ບໍ່ມີບັນທຶກໃດຖືກເພີ່ມ ຫຼື ປ່ຽນແປງຕັ້ງແຕ່ສຳຮອງນີ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="109"/>
        <location filename="../riskedu/ui/window_host.py" line="119"/>
        <source>Could not restore the backup</source>
        <translation type="unfinished">ບໍ່ສາມາດກູ້ຄືນສຳຮອງໄດ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="116"/>
        <source>Open which database?</source>
        <translation type="unfinished">ເປີດຖານຂໍ້ມູນໃດ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="117"/>
        <source>riskedu databases (*.sqlite* *.db);;All files (*)</source>
        <translation type="unfinished">ຖານຂໍ້ມູນ riskedu (*.sqlite* *.db);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="148"/>
        <source>Backup restored</source>
        <translation type="unfinished">ກູ້ຄືນສຳຮອງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="149"/>
        <source>The backup is in place. The database it replaced is kept as {file}.</source>
        <translation type="unfinished">ສຳຮອງຢູ່ໃນບ່ອນແລ້ວ. ຖານຂໍ້ມູນທີ່ມັນແທນທີ່ຖືກເກັບໄວ້ເປັນ {file}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="155"/>
        <source>Backup written and checked: {file}</source>
        <translation type="unfinished">ຂຽນ ແລະ ກວດສຳຮອງແລ້ວ: {file}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="161"/>
        <source>Automatic backup failed: {reason}</source>
        <translation type="unfinished">ການສຳຮອງອັດຕະໂນມັດລົ້ມເຫຼວ: {reason}</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../riskedu/sync/errors.py" line="10"/>
        <source>{file} is not a riskedu sync bundle.</source>
        <translation type="unfinished">{file} ບໍ່ແມ່ນຊຸດຂໍ້ມູນຊິງຂອງ riskedu.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="12"/>
        <source>{file} was cut short or damaged on the way. Copy it again from the USB stick or ask for it to be sent again.</source>
        <translation type="unfinished">{file} ຖືກຕັດສັ້ນ ຫຼື ເສຍຫາຍລະຫວ່າງທາງ. ສຳເນົາມັນຄືນຈາກ USB ຫຼື ຂໍໃຫ້ສົ່ງມາໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="15"/>
        <source>{file} contains a file name that points outside the bundle ({name}). It was refused.</source>
        <translation type="unfinished">{file} ມີຊື່ແຟ້ມທີ່ຊີ້ອອກໄປນອກຊຸດຂໍ້ມູນ ({name}). ມັນຖືກປະຕິເສດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="18"/>
        <source>{file} unpacks to more than {limit} MB. It was refused as unsafe.</source>
        <translation type="unfinished">{file} ແຕກອອກໃຫຍ່ກວ່າ {limit} MB. ມັນຖືກປະຕິເສດເພາະບໍ່ປອດໄພ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="20"/>
        <source>{file} has been changed since it was made: {name} does not match its checksum.</source>
        <translation type="unfinished">{file} ຖືກປ່ຽນແປງຕັ້ງແຕ່ມັນຖືກສ້າງ: {name} ບໍ່ກົງກັບ checksum ຂອງມັນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="23"/>
        <source>{file} is incomplete: {name} is missing.</source>
        <translation type="unfinished">{file} ບໍ່ຄົບຖ້ວນ: ຂາດ {name}.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="25"/>
        <source>{file} contains {name}, which its manifest does not list.</source>
        <translation type="unfinished">{file} ມີ {name} ທີ່ manifest ຂອງມັນບໍ່ໄດ້ລະບຸໄວ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="27"/>
        <source>{file} is not signed correctly: it was altered or did not come from the installation it names.</source>
        <translation type="unfinished">{file} ບໍ່ໄດ້ເຊັນຢ່າງຖືກຕ້ອງ: ມັນຖືກແກ້ໄຂ ຫຼື ບໍ່ໄດ້ມາຈາກການຕິດຕັ້ງທີ່ມັນລະບຸ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="30"/>
        <source>{file} was made by a newer riskedu (bundle format {version}). Update riskedu to version {app_version} or later to import it.</source>
        <translation type="unfinished">{file} ຖືກສ້າງໂດຍ riskedu ລຸ້ນໃໝ່ກວ່າ (ຮູບແບບຊຸດຂໍ້ມູນ {version}). ອັບເດດ riskedu ເປັນລຸ້ນ {app_version} ຫຼື ໃໝ່ກວ່າເພື່ອນຳເຂົ້າມັນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="33"/>
        <source>{file} is encrypted for another headquarters key ({fingerprint}); it cannot be opened here.</source>
        <translation type="unfinished">{file} ຖືກເຂົ້າລະຫັດສຳລັບກະແຈຂອງສຳນັກງານໃຫຍ່ອື່ນ ({fingerprint}); ບໍ່ສາມາດເປີດຢູ່ນີ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="36"/>
        <source>{file} holds a record that does not fit riskedu ({table}, record {line}). Nothing was imported.</source>
        <translation type="unfinished">{file} ມີບັນທຶກທີ່ບໍ່ເຂົ້າກັບ riskedu ({table}, ບັນທຶກ {line}). ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="39"/>
        <source>The database stayed busy for {minutes} minutes: another riskedu is writing to it (an import, a backup or a save). Nothing of {file} was imported; try again when it has finished.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນຍັງບໍ່ຫວ່າງເປັນເວລາ {minutes} ນາທີ: riskedu ອີກໂຕໜຶ່ງກຳລັງຂຽນໃສ່ມັນ (ການນຳເຂົ້າ, ການສຳຮອງ ຫຼື ການບັນທຶກ). ບໍ່ມີຫຍັງຈາກ {file} ຖືກນຳເຂົ້າ; ລອງໃໝ່ເມື່ອມັນສຳເລັດແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="43"/>
        <source>{file} refers to records that came in an earlier bundle from the same installation, which has not been imported here. Import the earlier bundle first.</source>
        <translation type="unfinished">{file} ອ້າງເຖິງບັນທຶກທີ່ມາໃນຊຸດຂໍ້ມູນກ່ອນໜ້າຈາກການຕິດຕັ້ງດຽວກັນ ເຊິ່ງຍັງບໍ່ໄດ້ນຳເຂົ້າຢູ່ນີ້. ນຳເຂົ້າຊຸດຂໍ້ມູນກ່ອນໜ້ານັ້ນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="46"/>
        <source>{file} is a reference bundle that was not signed by your headquarters. Load headquarters&apos; enrolment file first, or ask headquarters for a new bundle.</source>
        <translation type="unfinished">{file} ເປັນຊຸດຂໍ້ມູນອ້າງອີງທີ່ບໍ່ໄດ້ຖືກເຊັນໂດຍສຳນັກງານໃຫຍ່ຂອງທ່ານ. ໂຫຼດແຟ້ມລົງທະບຽນຂອງສຳນັກງານໃຫຍ່ກ່ອນ, ຫຼື ຂໍຊຸດຂໍ້ມູນໃໝ່ຈາກສຳນັກງານໃຫຍ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="49"/>
        <source>{file} was made by headquarters for another organisation ({organisation}).</source>
        <translation type="unfinished">{file} ຖືກສ້າງໂດຍສຳນັກງານໃຫຍ່ສຳລັບອົງການອື່ນ ({organisation}).</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="51"/>
        <source>{file} is encrypted; only the headquarters it was made for can open it.</source>
        <translation type="unfinished">{file} ຖືກເຂົ້າລະຫັດ; ມີແຕ່ສຳນັກງານໃຫຍ່ທີ່ມັນຖືກສ້າງໃຫ້ເທົ່ານັ້ນທີ່ເປີດໄດ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="54"/>
        <source>{folder} is full, so the bundle could not be written. Free some space there or choose another folder (another USB stick will do). Nothing was marked as sent.</source>
        <translation type="unfinished">{folder} ເຕັມແລ້ວ, ຈຶ່ງບໍ່ສາມາດຂຽນຊຸດຂໍ້ມູນໄດ້. ກະລຸນາເຮັດໃຫ້ມີບ່ອນວ່າງຢູ່ບ່ອນນັ້ນ ຫຼື ເລືອກໂຟນເດີອື່ນ (USB ອັນອື່ນກໍໄດ້). ບໍ່ມີຫຍັງຖືກໝາຍວ່າສົ່ງແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="57"/>
        <source>riskedu may not write to {folder} (it is read-only or write-protected), so the bundle could not be written. Choose another folder, or unlock the USB stick. Nothing was marked as sent.</source>
        <translation type="unfinished">riskedu ບໍ່ສາມາດຂຽນໃສ່ {folder} ໄດ້ (ມັນອ່ານໄດ້ຢ່າງດຽວ ຫຼື ຖືກປ້ອງກັນການຂຽນ), ຈຶ່ງບໍ່ສາມາດຂຽນຊຸດຂໍ້ມູນໄດ້. ກະລຸນາເລືອກໂຟນເດີອື່ນ ຫຼື ປົດລັອກ USB. ບໍ່ມີຫຍັງຖືກໝາຍວ່າສົ່ງແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="61"/>
        <source>The bundle could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. Nothing was marked as sent.</source>
        <translation type="unfinished">ບໍ່ສາມາດຂຽນຊຸດຂໍ້ມູນໃສ່ {folder} ໄດ້ ({reason}). ກະລຸນາກວດເບິ່ງວ່າດິສ ຫຼື USB ຍັງເຊື່ອມຕໍ່ຢູ່, ແລ້ວລອງໃໝ່. ບໍ່ມີຫຍັງຖືກໝາຍວ່າສົ່ງແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="61"/>
        <source>Direct</source>
        <translation type="unfinished">ໂດຍກົງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="62"/>
        <source>Indirect (media)</source>
        <translation type="unfinished">ທາງອ້ອມ (ສື່)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="63"/>
        <source>Training</source>
        <translation type="unfinished">ການຝຶກອົບຮົມ</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../riskedu/core/db/files.py" line="12"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished">{path} ເປັນໂຟນເດີ, ບໍ່ແມ່ນແຟ້ມຖານຂໍ້ມູນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="13"/>
        <source>{path} is not a riskedu database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished">{path} ບໍ່ແມ່ນຖານຂໍ້ມູນ riskedu (ມັນບໍ່ແມ່ນແຟ້ມ SQLite). ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="16"/>
        <source>{path} cannot be read as a database ({reason}). It has not been changed.</source>
        <translation type="unfinished">{path} ບໍ່ສາມາດອ່ານເປັນຖານຂໍ້ມູນໄດ້ ({reason}). ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="18"/>
        <source>{path} is a database of another program, not riskedu&apos;s. It has not been changed.</source>
        <translation type="unfinished">{path} ເປັນຖານຂໍ້ມູນຂອງໂປຣແກຣມອື່ນ, ບໍ່ແມ່ນຂອງ riskedu. ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/migrate.py" line="36"/>
        <source>This database was made by a newer version of riskedu (schema {revision}). Update riskedu to open it; the file has not been changed.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນນີ້ຖືກສ້າງໂດຍ riskedu ລຸ້ນໃໝ່ກວ່າ (schema {revision}). ອັບເດດ riskedu ເພື່ອເປີດມັນ; ແຟ້ມບໍ່ໄດ້ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="22"/>
        <source>The database server {server} cannot be reached ({reason}). Check the address and port in the database URL, the network, and that the server is running. Nothing was changed.</source>
        <translation type="unfinished">ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີຖານຂໍ້ມູນ {server} ໄດ້ ({reason}). ກະລຸນາກວດເບິ່ງທີ່ຢູ່ ແລະ ພອດໃນ URL ຖານຂໍ້ມູນ, ເຄືອຂ່າຍ, ແລະ ວ່າເຊີບເວີກຳລັງເຮັດວຽກຢູ່. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="26"/>
        <source>The database server {server} refused user {user}: the password or the user name is wrong. Check them in the database URL or ask the server&apos;s administrator. Nothing was changed.</source>
        <translation type="unfinished">ເຊີບເວີຖານຂໍ້ມູນ {server} ປະຕິເສດຜູ້ໃຊ້ {user}: ລະຫັດຜ່ານ ຫຼື ຊື່ຜູ້ໃຊ້ບໍ່ຖືກຕ້ອງ. ກະລຸນາກວດເບິ່ງໃນ URL ຖານຂໍ້ມູນ ຫຼື ຖາມຜູ້ດູແລເຊີບເວີ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="30"/>
        <source>The database server {server} has no database called {name}. Ask the server&apos;s administrator to create it (CREATE DATABASE {name}), then try again.</source>
        <translation type="unfinished">ເຊີບເວີຖານຂໍ້ມູນ {server} ບໍ່ມີຖານຂໍ້ມູນຊື່ {name}. ກະລຸນາຂໍໃຫ້ຜູ້ດູແລເຊີບເວີສ້າງມັນ (CREATE DATABASE {name}), ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="33"/>
        <source>{url} is not a database URL riskedu can use ({reason}). Write it like {example}, or give the path of a file.</source>
        <translation type="unfinished">{url} ບໍ່ແມ່ນ URL ຖານຂໍ້ມູນທີ່ riskedu ໃຊ້ໄດ້ ({reason}). ໃຫ້ຂຽນແບບ {example}, ຫຼື ໃສ່ເສັ້ນທາງຂອງໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="37"/>
        <source>The database server {server} answered with an error: {reason}. Nothing was changed.</source>
        <translation type="unfinished">ເຊີບເວີຖານຂໍ້ມູນ {server} ຕອບກັບດ້ວຍຂໍ້ຜິດພາດ: {reason}. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="38"/>
        <source>Enter the time as HH:MM, for example 08:30.</source>
        <translation type="unfinished">ປ້ອນເວລາເປັນ HH:MM, ຕົວຢ່າງ 08:30.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../riskedu/ui/errors.py" line="31"/>
        <source>The disk is full, so riskedu could not save. Free some space (copy old files to a USB stick and delete them) and try again. Nothing was lost from what was saved before.</source>
        <translation type="unfinished">ດິສເຕັມແລ້ວ, ສະນັ້ນ riskedu ບໍ່ສາມາດບັນທຶກໄດ້. ກະລຸນາເຮັດໃຫ້ມີບ່ອນຫວ່າງ (ສຳເນົາໄຟລ໌ເກົ່າໄປໃສ່ USB ແລ້ວລຶບອອກ) ແລ້ວລອງໃໝ່. ສິ່ງທີ່ບັນທຶກໄວ້ກ່ອນໜ້ານີ້ບໍ່ໄດ້ເສຍໄປ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="35"/>
        <source>The database file is read-only, so riskedu could not save. Copy it to a folder you may write to, or ask for write permission, and try again.</source>
        <translation type="unfinished">ໄຟລ໌ຖານຂໍ້ມູນອ່ານໄດ້ຢ່າງດຽວ, ສະນັ້ນ riskedu ບໍ່ສາມາດບັນທຶກໄດ້. ກະລຸນາສຳເນົາມັນໄປໃສ່ໂຟນເດີທີ່ທ່ານຂຽນໄດ້ ຫຼື ຂໍສິດຂຽນ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="38"/>
        <source>The database is busy: another program is using it. Wait a moment and try again.</source>
        <translation type="unfinished">ຖານຂໍ້ມູນກຳລັງຫຍຸ້ງ: ມີໂປຣແກຣມອື່ນກຳລັງໃຊ້ມັນຢູ່. ກະລຸນາລໍຖ້າຈັກໜ້ອຍ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="41"/>
        <source>The file is not a riskedu database, or it is damaged ({detail}). Open a copy, or restore the last backup.</source>
        <translation type="unfinished">ໄຟລ໌ນີ້ບໍ່ແມ່ນຖານຂໍ້ມູນ riskedu, ຫຼື ມັນເສຍຫາຍ ({detail}). ກະລຸນາເປີດສຳເນົາ, ຫຼື ກູ້ຄືນການສຳຮອງຂໍ້ມູນຫຼ້າສຸດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="44"/>
        <source>riskedu could not read or write its database ({detail}). Check that the disk is still connected and not full, then try again.</source>
        <translation type="unfinished">riskedu ບໍ່ສາມາດອ່ານ ຫຼື ຂຽນຖານຂໍ້ມູນຂອງມັນໄດ້ ({detail}). ກະລຸນາກວດເບິ່ງວ່າດິສຍັງເຊື່ອມຕໍ່ຢູ່ ແລະ ບໍ່ເຕັມ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="47"/>
        <source>This session no longer exists: it may have been deleted. The list has been refreshed.</source>
        <translation type="unfinished">ກອງປະຊຸມນີ້ບໍ່ມີແລ້ວ: ມັນອາດຖືກລຶບໄປແລ້ວ. ລາຍການໄດ້ຖືກໂຫຼດໃໝ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="50"/>
        <source>riskedu could not use the file {file}: {reason}.</source>
        <translation type="unfinished">riskedu ບໍ່ສາມາດໃຊ້ໄຟລ໌ {file} ໄດ້: {reason}.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="51"/>
        <source>riskedu met an unexpected problem ({kind}). What you saved before is safe; please tell your information officer.</source>
        <translation type="unfinished">riskedu ພົບບັນຫາທີ່ບໍ່ຄາດຄິດ ({kind}). ສິ່ງທີ່ທ່ານບັນທຶກໄວ້ກ່ອນໜ້ານີ້ປອດໄພ; ກະລຸນາແຈ້ງເຈົ້າໜ້າທີ່ຂໍ້ມູນຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="54"/>
        <source>Unexpected problem</source>
        <translation type="unfinished">ບັນຫາທີ່ບໍ່ຄາດຄິດ</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../riskedu/ui/text.py" line="24"/>
        <source>Session date</source>
        <translation type="unfinished">ວັນທີສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="25"/>
        <source>Report date</source>
        <translation type="unfinished">ວັນທີລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="26"/>
        <source>Start time</source>
        <translation type="unfinished">ເວລາເລີ່ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="27"/>
        <source>End time</source>
        <translation type="unfinished">ເວລາສິ້ນສຸດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="28"/>
        <source>Village</source>
        <translation type="unfinished">ບ້ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="29"/>
        <source>Place not in the list</source>
        <translation type="unfinished">ສະຖານທີ່ບໍ່ມີໃນລາຍການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="30"/>
        <source>Type of location</source>
        <translation type="unfinished">ປະເພດສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="31"/>
        <source>Latitude</source>
        <translation type="unfinished">ເສັ້ນຂະໜານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="32"/>
        <source>Longitude</source>
        <translation type="unfinished">ເສັ້ນແວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="33"/>
        <source>GPS accuracy</source>
        <translation type="unfinished">ຄວາມຖືກຕ້ອງຂອງ GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="34"/>
        <source>Category</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="35"/>
        <source>Activity</source>
        <translation type="unfinished">ກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="36"/>
        <source>Method</source>
        <translation type="unfinished">ວິທີການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="37"/>
        <source>Number of sessions</source>
        <translation type="unfinished">ຈຳນວນຄັ້ງທີ່ສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="38"/>
        <source>Broadcast start</source>
        <translation type="unfinished">ເລີ່ມອອກອາກາດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="39"/>
        <source>Broadcast end</source>
        <translation type="unfinished">ສິ້ນສຸດການອອກອາກາດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="40"/>
        <source>Primary audience</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍຫຼັກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="41"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">ໄພອັນຕະລາຍທີ່ໄດ້ສົນທະນາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="37"/>
        <location filename="../riskedu/ui/text.py" line="42"/>
        <source>Attendance</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="43"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">ແມ່ຍິງ ແລະ ເດັກຍິງທີ່ພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="44"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">ຜູ້ຊາຍ ແລະ ເດັກຊາຍທີ່ພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="45"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຄັ້ງທຳອິດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="38"/>
        <location filename="../riskedu/ui/text.py" line="46"/>
        <source>Facilitators</source>
        <translation type="unfinished">ວິທະຍາກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="21"/>
        <location filename="../riskedu/ui/text.py" line="47"/>
        <source>Facilitator</source>
        <translation type="unfinished">ວິທະຍາກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="22"/>
        <location filename="../riskedu/ui/text.py" line="56"/>
        <source>Material</source>
        <translation type="unfinished">ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="23"/>
        <source>Session</source>
        <translation type="unfinished">ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="24"/>
        <source>Province</source>
        <translation type="unfinished">ແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="25"/>
        <source>District</source>
        <translation type="unfinished">ເມືອງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="26"/>
        <source>Commune</source>
        <translation type="unfinished">ຕາແສງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="27"/>
        <source>Report code</source>
        <translation type="unfinished">ລະຫັດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="28"/>
        <source>GPS position safe to share</source>
        <translation type="unfinished">ຕຳແໜ່ງ GPS ປອດໄພທີ່ຈະແບ່ງປັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="48"/>
        <source>Participants</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມຕາມຊື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="49"/>
        <source>Hazard reports</source>
        <translation type="unfinished">ລາຍງານໄພອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished">ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="19"/>
        <location filename="../riskedu/ui/text.py" line="51"/>
        <source>Organisation</source>
        <translation type="unfinished">ອົງການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="52"/>
        <source>Organisation code</source>
        <translation type="unfinished">ລະຫັດອົງການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="20"/>
        <location filename="../riskedu/ui/text.py" line="53"/>
        <source>Team</source>
        <translation type="unfinished">ທີມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="54"/>
        <source>Your name</source>
        <translation type="unfinished">ຊື່ຂອງທ່ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="55"/>
        <source>Restore</source>
        <translation type="unfinished">ກູ້ຄືນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="57"/>
        <source>New passphrase</source>
        <translation type="unfinished">ລະຫັດຜ່ານໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="58"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished">ພິມລະຫັດຜ່ານໃໝ່ອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="59"/>
        <source>Current passphrase</source>
        <translation type="unfinished">ລະຫັດຜ່ານປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="60"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished">ລັອກຫຼັງບໍ່ໄດ້ໃຊ້ (ນາທີ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="91"/>
        <source>{field}: {message}</source>
        <translation type="unfinished">{field}: {message}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="25"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ສື່ທີ່ແຈກຢາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="26"/>
        <location filename="../riskedu/ui/sync_text.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished">ຫົວຂໍ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="27"/>
        <source>Type</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="28"/>
        <source>Languages</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="30"/>
        <source>Edition</source>
        <translation type="unfinished">ສະບັບພິມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="31"/>
        <source>Target audience</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="32"/>
        <source>Low-stock warning</source>
        <translation type="unfinished">ການເຕືອນສາງໜ້ອຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="33"/>
        <source>File</source>
        <translation type="unfinished">ແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="34"/>
        <source>Quantity</source>
        <translation type="unfinished">ຈຳນວນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="35"/>
        <source>Received from</source>
        <translation type="unfinished">ໄດ້ຮັບຈາກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="36"/>
        <source>Reason</source>
        <translation type="unfinished">ເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished">ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="38"/>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../riskedu/core/file_content.py" line="32"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation type="unfinished">ບໍ່ສາມາດອ່ານ {name} ໄດ້ ({reason}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="33"/>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="34"/>
        <source>{name} is {size} MB; a material&apos;s file may be at most {limit} MB. Save a smaller copy (for example a PDF made for the screen rather than for print) and add that.</source>
        <translation type="unfinished">{name} ມີຂະໜາດ {size} MB; ແຟ້ມຂອງສື່ມີໄດ້ບໍ່ເກີນ {limit} MB. ບັນທຶກສຳເນົາທີ່ນ້ອຍກວ່າ (ຕົວຢ່າງ PDF ສຳລັບເບິ່ງໃນໜ້າຈໍ ແທນທີ່ຈະສຳລັບພິມ) ແລະ ເພີ່ມອັນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="37"/>
        <source>{name} is not a PDF, PNG or JPEG file. Save it as one of these and add it again.</source>
        <translation type="unfinished">{name} ບໍ່ແມ່ນແຟ້ມ PDF, PNG ຫຼື JPEG. ບັນທຶກມັນເປັນໜຶ່ງໃນນີ້ ແລະ ເພີ່ມມັນຄືນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="40"/>
        <source>{name} is damaged: the picture cannot be read to the end ({reason}). Copy it again from where it came from.</source>
        <translation type="unfinished">{name} ເສຍຫາຍ: ອ່ານຮູບພາບບໍ່ໄດ້ຈົນຈົບ ({reason}). ສຳເນົາມັນຄືນຈາກບ່ອນທີ່ມັນມາ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="43"/>
        <source>{name} is a picture of {width} × {height} pixels; pictures may have at most {limit} million pixels. Save a smaller copy and add that.</source>
        <translation type="unfinished">{name} ເປັນຮູບພາບ {width} × {height} ພິກເຊວ; ຮູບພາບມີໄດ້ບໍ່ເກີນ {limit} ລ້ານພິກເຊວ. ບັນທຶກສຳເນົາທີ່ນ້ອຍກວ່າ ແລະ ເພີ່ມອັນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="46"/>
        <source>{name} does not open as a PDF ({reason}). Copy it again from where it came from, or save it again as PDF.</source>
        <translation type="unfinished">{name} ບໍ່ເປີດເປັນ PDF ({reason}). ສຳເນົາມັນຄືນຈາກບ່ອນທີ່ມັນມາ, ຫຼື ບັນທຶກມັນເປັນ PDF ຄືນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="49"/>
        <source>{name} is protected by a password. Save a copy without the password and add that.</source>
        <translation type="unfinished">{name} ຖືກປ້ອງກັນດ້ວຍລະຫັດຜ່ານ. ບັນທຶກສຳເນົາທີ່ບໍ່ມີລະຫັດຜ່ານ ແລະ ເພີ່ມອັນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="52"/>
        <source>{name} is a PDF without any page.</source>
        <translation type="unfinished">{name} ເປັນ PDF ທີ່ບໍ່ມີໜ້າໃດເລີຍ.</translation>
    </message>
</context>
<context>
    <name>hazard</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="125"/>
        <source>Anti-personnel landmines</source>
        <translation type="unfinished">ລະເບີດຝັງດິນຕ້ານບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="126"/>
        <source>Anti-vehicle landmines</source>
        <translation type="unfinished">ລະເບີດຝັງດິນຕ້ານພາຫະນະ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="127"/>
        <source>Cluster munition remnants</source>
        <translation type="unfinished">ລະເບີດລູກຫວ່ານທີ່ຍັງເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="128"/>
        <source>Unexploded ordnance</source>
        <translation type="unfinished">ລະເບີດບໍ່ທັນແຕກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="129"/>
        <source>Abandoned explosive ordnance</source>
        <translation type="unfinished">ວັດຖຸລະເບີດທີ່ຖືກປະຖິ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="130"/>
        <source>Improvised explosive devices</source>
        <translation type="unfinished">ອຸປະກອນລະເບີດປະດິດເອງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="131"/>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="155"/>
        <source>Khmer</source>
        <translation type="unfinished">ຂະແມ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="156"/>
        <source>English</source>
        <translation type="unfinished">ອັງກິດ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="157"/>
        <source>Lao</source>
        <translation type="unfinished">ລາວ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="158"/>
        <source>Thai</source>
        <translation type="unfinished">ໄທ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="159"/>
        <source>Burmese</source>
        <translation type="unfinished">ມຽນມາ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="160"/>
        <source>Vietnamese</source>
        <translation type="unfinished">ຫວຽດນາມ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="161"/>
        <source>Filipino</source>
        <translation type="unfinished">ຟີລິບປິນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="162"/>
        <source>French</source>
        <translation type="unfinished">ຝຣັ່ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="163"/>
        <source>No text (pictures only)</source>
        <translation type="unfinished">ບໍ່ມີຂໍ້ຄວາມ (ຮູບພາບເທົ່ານັ້ນ)</translation>
    </message>
</context>
<context>
    <name>location_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="112"/>
        <source>Camp</source>
        <translation type="unfinished">ສູນພັກພິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="113"/>
        <source>Child-friendly space</source>
        <translation type="unfinished">ສະຖານທີ່ເປັນມິດກັບເດັກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="114"/>
        <source>Community centre</source>
        <translation type="unfinished">ສູນຊຸມຊົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="115"/>
        <source>Education facility</source>
        <translation type="unfinished">ສະຖານການສຶກສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="116"/>
        <source>Farm</source>
        <translation type="unfinished">ໄຮ່ນາ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="117"/>
        <source>Household</source>
        <translation type="unfinished">ຄົວເຮືອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="118"/>
        <source>Market</source>
        <translation type="unfinished">ຕະຫຼາດ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="119"/>
        <source>Medical facility</source>
        <translation type="unfinished">ສະຖານບໍລິການສາທາລະນະສຸກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="120"/>
        <source>Religious site (pagoda)</source>
        <translation type="unfinished">ສະຖານທີ່ທາງສາສະໜາ (ວັດ)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="121"/>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>material_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="142"/>
        <source>Poster</source>
        <translation type="unfinished">ໂປສເຕີ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="143"/>
        <source>Leaflet / brochure</source>
        <translation type="unfinished">ແຜ່ນພັບ / ໃບປິວ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="144"/>
        <source>Booklet</source>
        <translation type="unfinished">ປຶ້ມນ້ອຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="145"/>
        <source>Flip chart</source>
        <translation type="unfinished">ແຜ່ນພັບສອນ (Flip chart)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="146"/>
        <source>Handout</source>
        <translation type="unfinished">ເອກະສານແຈກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="147"/>
        <source>Video</source>
        <translation type="unfinished">ວິດີໂອ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="148"/>
        <source>T-shirt</source>
        <translation type="unfinished">ເສື້ອຍືດ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="149"/>
        <source>Bag</source>
        <translation type="unfinished">ຖົງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="150"/>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>materials</name>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="53"/>
        <source>This material no longer exists: it may have been removed. The list has been refreshed.</source>
        <translation type="unfinished">ສື່ນີ້ບໍ່ມີແລ້ວ: ມັນອາດຖືກເອົາອອກແລ້ວ. ລາຍການໄດ້ຖືກໂຫຼດໃໝ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="62"/>
        <source>(no title)</source>
        <translation type="unfinished">(ບໍ່ມີຫົວຂໍ້)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="76"/>
        <source>No file</source>
        <translation type="unfinished">ບໍ່ມີແຟ້ມ</translation>
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
        <translation type="unfinished">ການສອນເປັນກຸ່ມແບບມີສ່ວນຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="89"/>
        <source>House to house</source>
        <translation type="unfinished">ຈາກເຮືອນຫາເຮືອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="90"/>
        <source>Focus group discussion</source>
        <translation type="unfinished">ການສົນທະນາກຸ່ມເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="91"/>
        <source>Peer-to-peer</source>
        <translation type="unfinished">ໝູ່ສອນໝູ່</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="92"/>
        <source>Theatre</source>
        <translation type="unfinished">ລະຄອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished">ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>participant_role</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="135"/>
        <source>Participant</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="136"/>
        <source>Teacher</source>
        <translation type="unfinished">ຄູ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="137"/>
        <source>Community focal point</source>
        <translation type="unfinished">ຜູ້ປະສານງານຊຸມຊົນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="138"/>
        <source>Facilitator</source>
        <translation type="unfinished">ວິທະຍາກອນ</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="25"/>
        <source>Session {code} has nobody on its roster. Add the participants&apos; names in the session&apos;s Roster tab, then print the certificates.</source>
        <translation type="unfinished">ກອງປະຊຸມ {code} ບໍ່ມີໃຜຢູ່ໃນລາຍຊື່. ເພີ່ມຊື່ຜູ້ເຂົ້າຮ່ວມໃນແຖບລາຍຊື່ ແລ້ວພິມໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="143"/>
        <location filename="../riskedu/printing/certificates.py" line="221"/>
        <source>Certificate of participation</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນການເຂົ້າຮ່ວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="148"/>
        <source>This certifies that</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນນີ້ຢັ້ງຢືນວ່າ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="155"/>
        <source>as {role}</source>
        <translation type="unfinished">ໃນຖານະ {role}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="159"/>
        <source>has taken part in explosive ordnance risk education</source>
        <translation type="unfinished">ໄດ້ເຂົ້າຮ່ວມການສຶກສາຄວາມສ່ຽງຈາກວັດຖຸລະເບີດ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="166"/>
        <source>in {village}</source>
        <translation type="unfinished">ທີ່ {village}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="173"/>
        <source>on {date}</source>
        <translation type="unfinished">ວັນທີ {date}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="184"/>
        <location filename="../riskedu/printing/session_summary.py" line="166"/>
        <source>Signature</source>
        <translation type="unfinished">ລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="192"/>
        <source>Certificate No. {number}</source>
        <translation type="unfinished">ໃບຢັ້ງຢືນເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="205"/>
        <location filename="../riskedu/printing/certificates.py" line="206"/>
        <source>Scan to check it is genuine</source>
        <translation type="unfinished">ສະແກນເພື່ອກວດວ່າແມ່ນຂອງແທ້</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="27"/>
        <source>Copies must be a whole number from 1 to {limit}.</source>
        <translation type="unfinished">ຈຳນວນສະບັບຕ້ອງເປັນຈຳນວນຖ້ວນແຕ່ 1 ຫາ {limit}.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="29"/>
        <source>No material {material} in this database. Choose one from the Materials page.</source>
        <translation type="unfinished">ບໍ່ມີເອກະສານ {material} ໃນຖານຂໍ້ມູນນີ້. ເລືອກຈາກໜ້າເອກະສານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="31"/>
        <source>{title} has no file to print. Add its PDF or picture on the Materials page, or print the standard safety messages instead.</source>
        <translation type="unfinished">{title} ບໍ່ມີໄຟລ໌ໃຫ້ພິມ. ເພີ່ມ PDF ຫຼື ຮູບພາບໃນໜ້າເອກະສານ ຫຼື ພິມຂໍ້ຄວາມຄວາມປອດໄພມາດຕະຖານແທນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="34"/>
        <source>The file of {title} is missing from the file store. Add the file to the material again.</source>
        <translation type="unfinished">ໄຟລ໌ຂອງ {title} ຫາຍໄປຈາກບ່ອນເກັບໄຟລ໌. ເພີ່ມໄຟລ໌ໃສ່ເອກະສານອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="87"/>
        <location filename="../riskedu/printing/safety_sheet.py" line="39"/>
        <source>Safety messages</source>
        <translation type="unfinished">ຂໍ້ຄວາມຄວາມປອດໄພ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="16"/>
        <source>The document cannot be written to {path} ({reason}). Choose another folder or free some space.</source>
        <translation type="unfinished">ບໍ່ສາມາດຂຽນເອກະສານໄປ {path} ໄດ້ ({reason}). ເລືອກໂຟນເດີອື່ນ ຫຼື ເພີ່ມບ່ອນຫວ່າງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="19"/>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation type="unfinished">ໂຟນເດີ {folder} ບໍ່ມີ. ເລືອກໂຟນເດີທີ່ມີຢູ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}). Swap the dates.</source>
        <translation type="unfinished">ໄລຍະເລີ່ມ ({start}) ຫຼັງຈາກສິ້ນສຸດ ({end}). ສັບປ່ຽນວັນທີ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="48"/>
        <source>By province</source>
        <translation type="unfinished">ຕາມແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="49"/>
        <source>By district</source>
        <translation type="unfinished">ຕາມເມືອງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="50"/>
        <source>By commune</source>
        <translation type="unfinished">ຕາມຕາແສງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="61"/>
        <location filename="../riskedu/printing/period_summary.py" line="106"/>
        <source>Sessions</source>
        <translation type="unfinished">ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="62"/>
        <location filename="../riskedu/printing/period_summary.py" line="230"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບປະໂຫຍດ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="63"/>
        <location filename="../riskedu/printing/period_summary.py" line="107"/>
        <location filename="../riskedu/printing/session_summary.py" line="117"/>
        <source>Girls</source>
        <translation type="unfinished">ເດັກຍິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="64"/>
        <location filename="../riskedu/printing/period_summary.py" line="108"/>
        <location filename="../riskedu/printing/session_summary.py" line="118"/>
        <source>Boys</source>
        <translation type="unfinished">ເດັກຊາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="65"/>
        <location filename="../riskedu/printing/period_summary.py" line="109"/>
        <location filename="../riskedu/printing/session_summary.py" line="119"/>
        <source>Women</source>
        <translation type="unfinished">ແມ່ຍິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="66"/>
        <location filename="../riskedu/printing/period_summary.py" line="110"/>
        <location filename="../riskedu/printing/session_summary.py" line="120"/>
        <source>Men</source>
        <translation type="unfinished">ຜູ້ຊາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="67"/>
        <source>With disability</source>
        <translation type="unfinished">ມີຄວາມພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="68"/>
        <source>Hazard reports</source>
        <translation type="unfinished">ລາຍງານໄພອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="111"/>
        <location filename="../riskedu/printing/period_summary.py" line="131"/>
        <location filename="../riskedu/printing/period_summary.py" line="151"/>
        <location filename="../riskedu/printing/session_summary.py" line="104"/>
        <location filename="../riskedu/printing/session_summary.py" line="110"/>
        <source>Total</source>
        <translation type="unfinished">ລວມ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="149"/>
        <location filename="../riskedu/printing/session_summary.py" line="108"/>
        <source>Female</source>
        <translation type="unfinished">ຍິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="150"/>
        <location filename="../riskedu/printing/session_summary.py" line="109"/>
        <source>Male</source>
        <translation type="unfinished">ຊາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="145"/>
        <source>Sex and age</source>
        <translation type="unfinished">ເພດ ແລະ ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="148"/>
        <location filename="../riskedu/printing/session_summary.py" line="107"/>
        <source>Age</source>
        <translation type="unfinished">ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="162"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">ລາຍງານອັນຕະລາຍທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="164"/>
        <location filename="../riskedu/printing/session_summary.py" line="201"/>
        <location filename="../riskedu/printing/session_summary.py" line="218"/>
        <source>None</source>
        <translation type="unfinished">ບໍ່ມີ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <location filename="../riskedu/printing/period_summary.py" line="195"/>
        <location filename="../riskedu/printing/session_summary.py" line="209"/>
        <source>Ordnance type</source>
        <translation type="unfinished">ປະເພດລະເບີດ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <source>Reports</source>
        <translation type="unfinished">ລາຍງານ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="173"/>
        <source>The {count} most recent reports:</source>
        <translation type="unfinished">ລາຍງານຫຼ້າສຸດ {count} ສະບັບ:</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="192"/>
        <location filename="../riskedu/printing/session_summary.py" line="56"/>
        <location filename="../riskedu/printing/session_summary.py" line="167"/>
        <source>Date</source>
        <translation type="unfinished">ວັນທີ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="193"/>
        <source>Village</source>
        <translation type="unfinished">ບ້ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="194"/>
        <location filename="../riskedu/printing/session_summary.py" line="63"/>
        <location filename="../riskedu/printing/session_summary.py" line="208"/>
        <source>Place</source>
        <translation type="unfinished">ສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="196"/>
        <location filename="../riskedu/printing/session_summary.py" line="211"/>
        <source>Referred to</source>
        <translation type="unfinished">ສົ່ງຕໍ່ໃຫ້</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="209"/>
        <source>Direct beneficiaries: {direct}. Indirect beneficiaries (media): {indirect}. First-time beneficiaries: {first}.</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບປະໂຫຍດໂດຍກົງ: {direct}. ຜູ້ໄດ້ຮັບປະໂຫຍດທາງອ້ອມ (ສື່): {indirect}. ຜູ້ໄດ້ຮັບປະໂຫຍດຄັ້ງທຳອິດ: {first}.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="237"/>
        <source>By method</source>
        <translation type="unfinished">ຕາມວິທີການ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="244"/>
        <source>By audience</source>
        <translation type="unfinished">ຕາມກຸ່ມເປົ້າໝາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="256"/>
        <source>All provinces</source>
        <translation type="unfinished">ທຸກແຂວງ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="280"/>
        <source>Summary of sessions</source>
        <translation type="unfinished">ສະຫຼຸບກອງປະຊຸມ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="281"/>
        <source>{start} to {end} · {area}</source>
        <translation type="unfinished">{start} ຫາ {end} · {area}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="288"/>
        <source>Generated on {date} by riskedu {version}</source>
        <translation type="unfinished">ສ້າງເມື່ອ {date} ໂດຍ riskedu {version}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="302"/>
        <location filename="../riskedu/printing/session_summary.py" line="260"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished">ໜ້າ {page} ຈາກ {pages}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="16"/>
        <source>Do not touch, move or pick up anything that looks like a mine, a bomb or any other explosive item.</source>
        <translation type="unfinished">ຢ່າແຕະຕ້ອງ, ຍ້າຍ ຫຼື ເກັບສິ່ງໃດທີ່ຄ້າຍກັບລະເບີດຝັງດິນ, ລູກລະເບີດ ຫຼື ວັດຖຸລະເບີດອື່ນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="18"/>
        <source>Stay away. Warn others, mark the place if you can do it safely, and go back the way you came.</source>
        <translation type="unfinished">ຢູ່ໃຫ້ຫ່າງ. ເຕືອນຄົນອື່ນ, ໝາຍບ່ອນນັ້ນຖ້າເຮັດໄດ້ຢ່າງປອດໄພ ແລະ ກັບຄືນທາງເກົ່າ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="20"/>
        <source>Report it at once to the village chief, the police or a mine action team.</source>
        <translation type="unfinished">ລາຍງານທັນທີໃຫ້ນາຍບ້ານ, ຕຳຫຼວດ ຫຼື ທີມກູ້ລະເບີດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="22"/>
        <source>Do not collect, sell or take apart war scrap metal.</source>
        <translation type="unfinished">ຢ່າເກັບ, ຂາຍ ຫຼື ແກະເສດເຫຼັກສົງຄາມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="23"/>
        <source>Do not light fires on land that may hold explosive items.</source>
        <translation type="unfinished">ຢ່າດັງໄຟເທິງດິນທີ່ອາດມີວັດຖຸລະເບີດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="24"/>
        <source>Use only paths and land that people use every day and know to be safe.</source>
        <translation type="unfinished">ໃຊ້ແຕ່ເສັ້ນທາງ ແລະ ດິນທີ່ຄົນໃຊ້ທຸກມື້ ແລະ ຮູ້ວ່າປອດໄພ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="26"/>
        <source>Teach children: if you see it, do not touch it, and tell an adult.</source>
        <translation type="unfinished">ສອນເດັກນ້ອຍ: ຖ້າເຫັນ ຢ່າແຕະ ແລະ ບອກຜູ້ໃຫຍ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="44"/>
        <source>Landmines and unexploded ordnance kill and injure. Stay safe:</source>
        <translation type="unfinished">ລະເບີດຝັງດິນ ແລະ ລະເບີດບໍ່ທັນແຕກ ຂ້າ ແລະ ເຮັດໃຫ້ບາດເຈັບ. ຮັກສາຄວາມປອດໄພ:</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="62"/>
        <source>Report to:</source>
        <translation type="unfinished">ລາຍງານຫາ:</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="46"/>
        <location filename="../riskedu/printing/session_summary.py" line="230"/>
        <location filename="../riskedu/printing/session_summary.py" line="250"/>
        <source>Session summary</source>
        <translation type="unfinished">ສະຫຼຸບກອງປະຊຸມ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="64"/>
        <source>Location type</source>
        <translation type="unfinished">ປະເພດສະຖານທີ່</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="65"/>
        <source>Team</source>
        <translation type="unfinished">ທີມ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="66"/>
        <source>Facilitators</source>
        <translation type="unfinished">ວິທະຍາກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished">ປະເພດ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="68"/>
        <source>Activity</source>
        <translation type="unfinished">ກິດຈະກຳ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="69"/>
        <source>Method</source>
        <translation type="unfinished">ວິທີການ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="70"/>
        <source>Number of sessions</source>
        <translation type="unfinished">ຈຳນວນຄັ້ງທີ່ສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="71"/>
        <source>Primary audience</source>
        <translation type="unfinished">ກຸ່ມເປົ້າໝາຍຫຼັກ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="72"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">ໄພອັນຕະລາຍທີ່ໄດ້ສົນທະນາ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="121"/>
        <source>Female with disability</source>
        <translation type="unfinished">ຍິງທີ່ມີຄວາມພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="122"/>
        <source>Male with disability</source>
        <translation type="unfinished">ຊາຍທີ່ມີຄວາມພິການ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="123"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຄັ້ງທຳອິດ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Facilitator</source>
        <translation type="unfinished">ວິທະຍາກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Village chief</source>
        <translation type="unfinished">ນາຍບ້ານ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="165"/>
        <source>Name</source>
        <translation type="unfinished">ຊື່</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="184"/>
        <source>Participants by sex and age</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມຕາມເພດ ແລະ ອາຍຸ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="188"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ສື່ທີ່ແຈກຢາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="192"/>
        <source>Material</source>
        <translation type="unfinished">ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="193"/>
        <source>Language</source>
        <translation type="unfinished">ພາສາ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="194"/>
        <source>Quantity</source>
        <translation type="unfinished">ຈຳນວນ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="204"/>
        <source>Hazard reports raised</source>
        <translation type="unfinished">ລາຍງານອັນຕະລາຍທີ່ຍົກຂຶ້ນມາ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="210"/>
        <source>Description</source>
        <translation type="unfinished">ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/records.py" line="13"/>
        <source>No session {session} in this database. Give its report code (as printed on the session summary) or its id.</source>
        <translation type="unfinished">ບໍ່ມີກອງປະຊຸມ {session} ໃນຖານຂໍ້ມູນນີ້. ໃສ່ລະຫັດລາຍງານ (ຕາມທີ່ພິມໃນບົດສະຫຼຸບ) ຫຼື ໄອດີ.</translation>
    </message>
</context>
<context>
    <name>print_details</name>
    <message>
        <location filename="../riskedu/core/print_details.py" line="22"/>
        <source>{name} is not a picture. Choose a PNG or JPEG file for the logo.</source>
        <translation type="unfinished">{name} ບໍ່ແມ່ນຮູບພາບ. ເລືອກໄຟລ໌ PNG ຫຼື JPEG ສຳລັບໂລໂກ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="24"/>
        <source>{field} is longer than {limit} characters. Shorten it.</source>
        <translation type="unfinished">{field} ຍາວກວ່າ {limit} ຕົວອັກສອນ. ກະລຸນາຫຍໍ້ລົງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="81"/>
        <source>The signatory&apos;s name</source>
        <translation type="unfinished">ຊື່ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="82"/>
        <source>The signatory&apos;s title</source>
        <translation type="unfinished">ຕຳແໜ່ງຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="83"/>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished">ຊື່ອົງການ</translation>
    </message>
</context>
<context>
    <name>print_files</name>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="23"/>
        <source>The prepared document is gone from the temporary folder. Close this preview and prepare the document again.</source>
        <translation type="unfinished">ເອກະສານທີ່ກະກຽມໄວ້ຫາຍໄປຈາກໂຟນເດີຊົ່ວຄາວ. ປິດການເບິ່ງກ່ອນນີ້ ແລ້ວກະກຽມເອກະສານໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="26"/>
        <source>riskedu may not write in the folder {folder}: it is read-only or belongs to someone else. Choose another folder, such as your Documents, and save again.</source>
        <translation type="unfinished">riskedu ບໍ່ສາມາດຂຽນໃນໂຟນເດີ {folder}: ມັນອ່ານໄດ້ຢ່າງດຽວ ຫຼື ເປັນຂອງຄົນອື່ນ. ເລືອກໂຟນເດີອື່ນ ເຊັ່ນ Documents ຂອງທ່ານ, ແລ້ວບັນທຶກໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="29"/>
        <source>The disk of {folder} is full. Free some space or choose another disk (a USB stick), and save again.</source>
        <translation type="unfinished">ດິສກ໌ຂອງ {folder} ເຕັມແລ້ວ. ເພີ່ມພື້ນທີ່ຫວ່າງ ຫຼື ເລືອກດິສກ໌ອື່ນ (USB), ແລ້ວບັນທຶກໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="32"/>
        <source>The folder {folder} no longer exists (a USB stick taken out?). Choose another folder and save again.</source>
        <translation type="unfinished">ໂຟນເດີ {folder} ບໍ່ມີແລ້ວ (ຖອດ USB ອອກບໍ?). ເລືອກໂຟນເດີອື່ນ ແລ້ວບັນທຶກໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="35"/>
        <source>Could not save {file}: {reason}. Nothing was written; try another folder.</source>
        <translation type="unfinished">ບໍ່ສາມາດບັນທຶກ {file}: {reason}. ບໍ່ມີຫຍັງຖືກຂຽນ; ລອງໂຟນເດີອື່ນ.</translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="44"/>
        <source>Female</source>
        <translation type="unfinished">ຍິງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="45"/>
        <source>Male</source>
        <translation type="unfinished">ຊາຍ</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="38"/>
        <source>Draft</source>
        <translation type="unfinished">ສະບັບຮ່າງ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="39"/>
        <source>Final</source>
        <translation type="unfinished">ສະບັບສຸດທ້າຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="40"/>
        <source>Exported</source>
        <translation type="unfinished">ສົ່ງອອກແລ້ວ</translation>
    </message>
</context>
<context>
    <name>stock_kind</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="168"/>
        <source>Received</source>
        <translation type="unfinished">ໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="169"/>
        <source>Handed out</source>
        <translation type="unfinished">ແຈກອອກ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="170"/>
        <source>Adjusted</source>
        <translation type="unfinished">ປັບແລ້ວ</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="31"/>
        <source>Out (exported)</source>
        <translation type="unfinished">ອອກ (ສົ່ງອອກ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="32"/>
        <source>In (imported)</source>
        <translation type="unfinished">ເຂົ້າ (ນຳເຂົ້າ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="93"/>
        <source>When</source>
        <translation type="unfinished">ເມື່ອໃດ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="94"/>
        <source>Direction</source>
        <translation type="unfinished">ທິດທາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="95"/>
        <source>File</source>
        <translation type="unfinished">ແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="96"/>
        <source>From</source>
        <translation type="unfinished">ຈາກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="98"/>
        <source>Records</source>
        <translation type="unfinished">ລາຍການບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="100"/>
        <source>By</source>
        <translation type="unfinished">ໂດຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="111"/>
        <source>Installation</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="112"/>
        <source>Fingerprint</source>
        <translation type="unfinished">ລາຍນິ້ວມືດິຈິຕອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="114"/>
        <source>Accepted</source>
        <translation type="unfinished">ຍອມຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="116"/>
        <source>Accepted by</source>
        <translation type="unfinished">ຍອມຮັບໂດຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="128"/>
        <source>Table</source>
        <translation type="unfinished">ຕາຕະລາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="130"/>
        <source>Record</source>
        <translation type="unfinished">ລາຍການບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="132"/>
        <source>Kept version of</source>
        <translation type="unfinished">ສະບັບທີ່ເກັບໄວ້ຂອງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="134"/>
        <source>Kept version from</source>
        <translation type="unfinished">ສະບັບທີ່ເກັບໄວ້ຈາກ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="135"/>
        <source>this installation</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງນີ້</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="137"/>
        <source>Found</source>
        <translation type="unfinished">ພົບເມື່ອ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="16"/>
        <source>Organisations</source>
        <translation type="unfinished">ອົງການ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="17"/>
        <source>Teams</source>
        <translation type="unfinished">ທີມ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="18"/>
        <source>Facilitators</source>
        <translation type="unfinished">ວິທະຍາກອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="19"/>
        <source>Sessions</source>
        <translation type="unfinished">ການສອນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="20"/>
        <source>Roster</source>
        <translation type="unfinished">ລາຍຊື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="21"/>
        <source>Hazard reports</source>
        <translation type="unfinished">ລາຍງານໄພອັນຕະລາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="22"/>
        <source>Status changes</source>
        <translation type="unfinished">ການປ່ຽນສະຖານະ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="23"/>
        <source>Materials</source>
        <translation type="unfinished">ສື່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="24"/>
        <source>Materials handed out</source>
        <translation type="unfinished">ສື່ທີ່ແຈກຢາຍ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="25"/>
        <source>Stock movements</source>
        <translation type="unfinished">ການເຄື່ອນໄຫວສາງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="29"/>
        <source>New</source>
        <translation type="unfinished">ໃໝ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="30"/>
        <source>Updated</source>
        <translation type="unfinished">ແກ້ໄຂແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="31"/>
        <source>Unchanged</source>
        <translation type="unfinished">ບໍ່ປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="32"/>
        <source>Deleted</source>
        <translation type="unfinished">ລຶບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="33"/>
        <source>Conflicting</source>
        <translation type="unfinished">ຂັດແຍ່ງ</translation>
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
        <translation type="unfinished">ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="61"/>
        <source>no</source>
        <translation type="unfinished">ບໍ່</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="74"/>
        <source>{name} is not a known installation (fingerprint {fingerprint}). Tick “Accept this installation” to import its bundles.</source>
        <translation type="unfinished">{name} ບໍ່ແມ່ນເຄື່ອງທີ່ຕິດຕັ້ງທີ່ຮູ້ຈັກ (ລາຍນິ້ວມືດິຈິຕອນ {fingerprint}). ໃຫ້ໝາຍ “ຍອມຮັບເຄື່ອງທີ່ຕິດຕັ້ງນີ້” ເພື່ອນຳເຂົ້າຊຸດແຟ້ມຂອງມັນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="79"/>
        <source>This is not a usable enrolment file from your headquarters ({reason}). Ask headquarters for its enrolment file again.</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນແຟ້ມລົງທະບຽນທີ່ໃຊ້ໄດ້ຈາກສຳນັກງານໃຫຍ່ຂອງທ່ານ ({reason}). ໃຫ້ຂໍແຟ້ມລົງທະບຽນຈາກສຳນັກງານໃຫຍ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="83"/>
        <source>This conflict was resolved already, or its record no longer exists. The list has been refreshed.</source>
        <translation type="unfinished">ຂໍ້ມູນຂັດແຍ່ງນີ້ຖືກແກ້ໄຂແລ້ວ ຫຼື ລາຍການບັນທຶກຂອງມັນບໍ່ມີອີກແລ້ວ. ລາຍການຖືກໂຫຼດຄືນໃໝ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="87"/>
        <source>Could not use {file}: {reason}. If it is a USB stick, check that it is still plugged in, not full and not write-protected, then try again. Nothing was marked as sent or imported.</source>
        <translation type="unfinished">ບໍ່ສາມາດໃຊ້ {file} ໄດ້: {reason}. ຖ້າແມ່ນ USB ໃຫ້ກວດວ່າຍັງສຽບຢູ່, ບໍ່ເຕັມ ແລະ ບໍ່ຖືກປ້ອງກັນການຂຽນ, ແລ້ວລອງໃໝ່. ບໍ່ມີຫຍັງຖືກໝາຍວ່າສົ່ງ ຫຼື ນຳເຂົ້າແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../riskedu/core/materials.py" line="27"/>
        <source>Enter the material&apos;s title.</source>
        <translation type="unfinished">ປ້ອນຫົວຂໍ້ຂອງສື່.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="28"/>
        <source>Choose the language of title {row}.</source>
        <translation type="unfinished">ເລືອກພາສາຂອງຫົວຂໍ້ທີ {row}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="29"/>
        <source>Title {row} has a language but no text.</source>
        <translation type="unfinished">ຫົວຂໍ້ທີ {row} ມີພາສາ ແຕ່ບໍ່ມີຂໍ້ຄວາມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="30"/>
        <source>Title {row} is longer than {max} letters.</source>
        <translation type="unfinished">ຫົວຂໍ້ທີ {row} ຍາວກວ່າ {max} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="31"/>
        <source>Two titles are in the same language ({row}); keep one for each language.</source>
        <translation type="unfinished">ສອງຫົວຂໍ້ເປັນພາສາດຽວກັນ ({row}); ເກັບໄວ້ໜຶ່ງສຳລັບແຕ່ລະພາສາ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="33"/>
        <source>Choose the type of material.</source>
        <translation type="unfinished">ເລືອກປະເພດຂອງສື່.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="34"/>
        <source>Unknown code: {code}.</source>
        <translation type="unfinished">ລະຫັດທີ່ບໍ່ຮູ້ຈັກ: {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="35"/>
        <source>The edition is longer than {max} letters.</source>
        <translation type="unfinished">ສະບັບພິມຍາວກວ່າ {max} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="36"/>
        <source>The low-stock warning must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">ການເຕືອນສາງໜ້ອຍຕ້ອງເປັນຈຳນວນເຕັມຈາກ 0 ເຖິງ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="38"/>
        <source>{title} was handed out at {count} sessions, so it cannot be deleted: retire it instead (its history stays).</source>
        <translation type="unfinished">{title} ໄດ້ຖືກແຈກຢາຍໃນ {count} ກອງປະຊຸມ, ສະນັ້ນບໍ່ສາມາດລຶບໄດ້: ໃຫ້ຢຸດໃຊ້ມັນແທນ (ປະຫວັດຍັງຄົງຢູ່).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="41"/>
        <source>The material&apos;s file is missing from the file store. Add the file again.</source>
        <translation type="unfinished">ແຟ້ມຂອງສື່ຫາຍໄປຈາກບ່ອນເກັບແຟ້ມ. ເພີ່ມແຟ້ມຄືນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="31"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished">ປ້ອນຊື່ອົງການ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="32"/>
        <source>Enter a short organisation code of letters and digits (at most 12).</source>
        <translation type="unfinished">ປ້ອນລະຫັດອົງການສັ້ນໆ ເປັນຕົວອັກສອນ ແລະ ຕົວເລກ (ບໍ່ເກີນ 12).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="34"/>
        <source>Enter the team&apos;s name.</source>
        <translation type="unfinished">ປ້ອນຊື່ທີມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="35"/>
        <source>Enter your name.</source>
        <translation type="unfinished">ປ້ອນຊື່ຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="36"/>
        <source>Enter the facilitator&apos;s name.</source>
        <translation type="unfinished">ປ້ອນຊື່ວິທະຍາກອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="27"/>
        <source>Choose the material of line {row}.</source>
        <translation type="unfinished">ເລືອກສື່ຂອງແຖວທີ {row}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="28"/>
        <source>Line {row}: the material is not in the catalogue any more.</source>
        <translation type="unfinished">ແຖວທີ {row}: ສື່ບໍ່ມີໃນລາຍການອີກແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="30"/>
        <source>Line {row}: {title} is retired and cannot be handed out any more.</source>
        <translation type="unfinished">ແຖວທີ {row}: {title} ເຊົາໃຊ້ແລ້ວ ແລະ ບໍ່ສາມາດແຈກໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="32"/>
        <source>Line {row}: the quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">ແຖວທີ {row}: ຈຳນວນຕ້ອງເປັນຈຳນວນເຕັມຈາກ 1 ເຖິງ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="34"/>
        <source>Line {row}: unknown language {code}.</source>
        <translation type="unfinished">ແຖວທີ {row}: ພາສາທີ່ບໍ່ຮູ້ຈັກ {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="35"/>
        <source>Only {balance} of {title} in stock, but this session would hand out {quantity} more. Record the stock received first, or count the stock if the record is wrong (Materials page).</source>
        <translation type="unfinished">ມີ {title} ໃນສາງພຽງ {balance}, ແຕ່ການສອນນີ້ຈະແຈກອີກ {quantity}. ບັນທຶກສາງທີ່ໄດ້ຮັບກ່ອນ, ຫຼື ນັບສາງຖ້າບັນທຶກຜິດ (ໜ້າສື່).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/sessions.py" line="138"/>
        <source>This record is final. Reopen it for correction before editing.</source>
        <translation type="unfinished">ບັນທຶກນີ້ເປັນສະບັບສຸດທ້າຍ. ເປີດມັນຄືນເພື່ອແກ້ໄຂກ່ອນປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="26"/>
        <source>The quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">ຈຳນວນຕ້ອງເປັນຈຳນວນເຕັມຈາກ 1 ເຖິງ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="28"/>
        <source>The number counted must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">ຈຳນວນທີ່ນັບຕ້ອງເປັນຈຳນວນເຕັມຈາກ 0 ເຖິງ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="30"/>
        <source>The correction must be a whole number other than 0, at most {max} either way.</source>
        <translation type="unfinished">ການແກ້ໄຂຕ້ອງເປັນຈຳນວນເຕັມທີ່ບໍ່ແມ່ນ 0, ບໍ່ເກີນ {max} ທັງສອງທາງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="33"/>
        <source>Enter where the stock came from (for example the warehouse or the donor).</source>
        <translation type="unfinished">ປ້ອນບ່ອນທີ່ສາງມາຈາກ (ຕົວຢ່າງ ສາງ ຫຼື ຜູ້ໃຫ້ທຶນ).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="35"/>
        <source>Choose why the stock is adjusted.</source>
        <translation type="unfinished">ເລືອກເຫດຜົນທີ່ປັບສາງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="36"/>
        <source>Explain the correction in the note.</source>
        <translation type="unfinished">ອະທິບາຍການແກ້ໄຂໃນບັນທຶກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="37"/>
        <source>The date must be between 1990 and today.</source>
        <translation type="unfinished">ວັນທີຕ້ອງຢູ່ລະຫວ່າງປີ 1990 ແລະ ມື້ນີ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="39"/>
        <source>Unknown language: {code}.</source>
        <translation type="unfinished">ພາສາທີ່ບໍ່ຮູ້ຈັກ: {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="40"/>
        <source>Only {balance} in stock: taking away {quantity} would leave less than nothing. If there is more on the shelf than the record says, count the stock first (Adjust stock → Counted).</source>
        <translation type="unfinished">ມີໃນສາງພຽງ {balance}: ການເອົາອອກ {quantity} ຈະເຫຼືອໜ້ອຍກວ່າສູນ. ຖ້າເທິງຊັ້ນມີຫຼາຍກວ່າບັນທຶກ, ນັບສາງກ່ອນ (ປັບສາງ › ນັບແລ້ວ).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="31"/>
        <source>Attendance must be a whole number.</source>
        <translation type="unfinished">ຈຳນວນຜູ້ເຂົ້າຮ່ວມຕ້ອງເປັນຈຳນວນເຕັມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="34"/>
        <source>Attendance cannot be negative.</source>
        <translation type="unfinished">ຈຳນວນຜູ້ເຂົ້າຮ່ວມບໍ່ສາມາດຕິດລົບໄດ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="37"/>
        <source>Attendance cannot be more than {max}.</source>
        <translation type="unfinished">ຈຳນວນຜູ້ເຂົ້າຮ່ວມບໍ່ສາມາດເກີນ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="40"/>
        <source>Women and girls with disability ({count}) cannot be more than the female attendees ({total}).</source>
        <translation type="unfinished">ແມ່ຍິງ ແລະ ເດັກຍິງທີ່ພິການ ({count}) ບໍ່ສາມາດຫຼາຍກວ່າຜູ້ເຂົ້າຮ່ວມເພດຍິງ ({total}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="44"/>
        <source>Men and boys with disability ({count}) cannot be more than the male attendees ({total}).</source>
        <translation type="unfinished">ຜູ້ຊາຍ ແລະ ເດັກຊາຍທີ່ພິການ ({count}) ບໍ່ສາມາດຫຼາຍກວ່າຜູ້ເຂົ້າຮ່ວມເພດຊາຍ ({total}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="48"/>
        <source>First-time beneficiaries ({count}) cannot be more than all attendees ({total}).</source>
        <translation type="unfinished">ຜູ້ໄດ້ຮັບຜົນປະໂຫຍດຄັ້ງທຳອິດ ({count}) ບໍ່ສາມາດຫຼາຍກວ່າຜູ້ເຂົ້າຮ່ວມທັງໝົດ ({total}).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="52"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished">ວັນທີບໍ່ສາມາດຢູ່ໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="53"/>
        <source>The date cannot be before 1990.</source>
        <translation type="unfinished">ວັນທີບໍ່ສາມາດກ່ອນປີ 1990.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="54"/>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished">ເວລາສິ້ນສຸດຕ້ອງຫຼັງເວລາເລີ່ມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="57"/>
        <source>The number of sessions must be between 1 and {max}.</source>
        <translation type="unfinished">ຈຳນວນຄັ້ງທີ່ສອນຕ້ອງຢູ່ລະຫວ່າງ 1 ແລະ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="60"/>
        <source>The broadcast must end after it starts.</source>
        <translation type="unfinished">ການອອກອາກາດຕ້ອງສິ້ນສຸດຫຼັງຈາກມັນເລີ່ມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="63"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation type="unfinished">ເສັ້ນຂະໜານຕ້ອງຢູ່ລະຫວ່າງ -90 ແລະ 90.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="66"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation type="unfinished">ເສັ້ນແວງຕ້ອງຢູ່ລະຫວ່າງ -180 ແລະ 180.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="69"/>
        <source>Unknown hazard type: {code}.</source>
        <translation type="unfinished">ປະເພດໄພອັນຕະລາຍທີ່ບໍ່ຮູ້ຈັກ: {code}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="70"/>
        <source>Participant {row} has no name.</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມທີ {row} ບໍ່ມີຊື່.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="71"/>
        <source>Participant {row}: age must be between 0 and 120.</source>
        <translation type="unfinished">ຜູ້ເຂົ້າຮ່ວມທີ {row}: ອາຍຸຕ້ອງຢູ່ລະຫວ່າງ 0 ແລະ 120.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="74"/>
        <source>Enter the date of the session.</source>
        <translation type="unfinished">ປ້ອນວັນທີຂອງການສອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="75"/>
        <source>Choose a village, or type the place if the village is not in the list.</source>
        <translation type="unfinished">ເລືອກບ້ານ, ຫຼື ພິມສະຖານທີ່ ຖ້າບ້ານບໍ່ມີໃນລາຍການ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="78"/>
        <source>Add at least one facilitator.</source>
        <translation type="unfinished">ເພີ່ມວິທະຍາກອນຢ່າງໜ້ອຍໜຶ່ງຄົນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="79"/>
        <source>Choose a category.</source>
        <translation type="unfinished">ເລືອກປະເພດ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="80"/>
        <source>Choose an activity.</source>
        <translation type="unfinished">ເລືອກກິດຈະກຳ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="81"/>
        <source>Choose a method.</source>
        <translation type="unfinished">ເລືອກວິທີການ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="82"/>
        <source>Choose the primary audience.</source>
        <translation type="unfinished">ເລືອກກຸ່ມເປົ້າໝາຍຫຼັກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="83"/>
        <source>Choose the type of location.</source>
        <translation type="unfinished">ເລືອກປະເພດສະຖານທີ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="84"/>
        <source>This activity does not belong to the chosen category.</source>
        <translation type="unfinished">ກິດຈະກຳນີ້ບໍ່ຢູ່ໃນປະເພດທີ່ເລືອກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="87"/>
        <source>Enter at least one attendee (only media activities may have none).</source>
        <translation type="unfinished">ປ້ອນຜູ້ເຂົ້າຮ່ວມຢ່າງໜ້ອຍໜຶ່ງຄົນ (ມີແຕ່ກິດຈະກຳທາງສື່ເທົ່ານັ້ນທີ່ອາດບໍ່ມີ).</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="34"/>
        <source>The passphrase must have at least {min} characters; a few words are easy to remember and hard to guess.</source>
        <translation type="unfinished">ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ {min} ຕົວອັກສອນ; ຄຳສອງສາມຄຳຈື່ງ່າຍ ແລະ ເດົາຍາກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="37"/>
        <source>The two passphrases are not the same. Type the new passphrase twice.</source>
        <translation type="unfinished">ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ. ໃຫ້ພິມລະຫັດຜ່ານໃໝ່ສອງເທື່ອ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="39"/>
        <source>The current passphrase is wrong, so nothing was changed.</source>
        <translation type="unfinished">ລະຫັດຜ່ານປັດຈຸບັນບໍ່ຖືກຕ້ອງ, ສະນັ້ນບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="41"/>
        <source>Lock after a whole number of minutes from {min} to {max}.</source>
        <translation type="unfinished">ລັອກຫຼັງຈາກຈຳນວນນາທີເຕັມ ແຕ່ {min} ຫາ {max}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="33"/>
        <source>{what} was deleted and then exported: the deletion has travelled and cannot be undone here any more.</source>
        <translation type="unfinished">{what} ຖືກລຶບແລ້ວສົ່ງອອກ: ການລຶບໄດ້ເດີນທາງໄປແລ້ວ ແລະ ບໍ່ສາມາດຍົກເລີກຢູ່ນີ້ໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="36"/>
        <source>This item is no longer in the trash. The list has been refreshed.</source>
        <translation type="unfinished">ລາຍການນີ້ບໍ່ຢູ່ໃນຖັງຂີ້ເຫຍື້ອອີກແລ້ວ. ລາຍຊື່ໄດ້ຖືກໂຫຼດໃໝ່.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="38"/>
        <source>The session of {what} was deleted too. Restore the session {code} first.</source>
        <translation type="unfinished">ກອງປະຊຸມຂອງ {what} ກໍຖືກລຶບເຊັ່ນກັນ. ໃຫ້ກູ້ຄືນກອງປະຊຸມ {code} ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="40"/>
        <source>The session {code} is final. Reopen it for correction, then restore {what}.</source>
        <translation type="unfinished">ກອງປະຊຸມ {code} ເປັນສະບັບສຸດທ້າຍແລ້ວ. ເປີດຄືນເພື່ອແກ້ໄຂ, ແລ້ວກູ້ຄືນ {what}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="43"/>
        <source>{title} was deleted from the catalogue. Restore it first, then {what}.</source>
        <translation type="unfinished">{title} ຖືກລຶບອອກຈາກລາຍການແລ້ວ. ໃຫ້ກູ້ຄືນມັນກ່ອນ, ແລ້ວ {what}.</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="45"/>
        <source>Only {balance} of {title} in stock, but {what} handed out {quantity}. Record the stock received first, then restore it.</source>
        <translation type="unfinished">ມີ {title} ໃນສາງພຽງ {balance}, ແຕ່ {what} ໄດ້ແຈກ {quantity}. ໃຫ້ບັນທຶກສິນຄ້າທີ່ໄດ້ຮັບກ່ອນ, ແລ້ວກູ້ຄືນ.</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../riskedu/printing/verify.py" line="30"/>
        <source>Genuine: certificate {number} was issued to {name} for the session of {date} in {village}, and signed by {issuer}.</source>
        <translation type="unfinished">ແທ້: ໃບຢັ້ງຢືນ {number} ອອກໃຫ້ {name} ສຳລັບກອງປະຊຸມວັນທີ {date} ທີ່ {village} ແລະ ລົງລາຍເຊັນໂດຍ {issuer}.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="33"/>
        <source>Not genuine: the signature does not match what the certificate says. It was altered or forged.</source>
        <translation type="unfinished">ບໍ່ແທ້: ລາຍເຊັນບໍ່ກົງກັບສິ່ງທີ່ໃບຢັ້ງຢືນຂຽນ. ມັນຖືກແກ້ໄຂ ຫຼື ປອມແປງ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="36"/>
        <source>Cannot be checked here: it was signed by an installation this database does not know. Check it at headquarters, which knows every team&apos;s installation.</source>
        <translation type="unfinished">ກວດຢູ່ນີ້ບໍ່ໄດ້: ມັນລົງລາຍເຊັນໂດຍການຕິດຕັ້ງທີ່ຖານຂໍ້ມູນນີ້ບໍ່ຮູ້ຈັກ. ກວດຢູ່ສຳນັກງານໃຫຍ່ ເຊິ່ງຮູ້ຈັກການຕິດຕັ້ງຂອງທຸກທີມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="39"/>
        <source>This is not a riskedu certificate code. Scan the QR code again or type the certificate number printed under it.</source>
        <translation type="unfinished">ນີ້ບໍ່ແມ່ນລະຫັດໃບຢັ້ງຢືນ riskedu. ສະແກນລະຫັດ QR ອີກຄັ້ງ ຫຼື ພິມເລກໃບຢັ້ງຢືນທີ່ພິມຢູ່ລຸ່ມ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="42"/>
        <source>Recorded: certificate {number} belongs to {name}, session of {date} in {village}. Check that the printed name is the same.</source>
        <translation type="unfinished">ມີບັນທຶກ: ໃບຢັ້ງຢືນ {number} ເປັນຂອງ {name}, ກອງປະຊຸມວັນທີ {date} ທີ່ {village}. ກວດວ່າຊື່ທີ່ພິມຄືກັນ.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="45"/>
        <source>No certificate {number} is recorded in this database. It was not issued here, or its session has not reached this database yet.</source>
        <translation type="unfinished">ບໍ່ມີໃບຢັ້ງຢືນ {number} ບັນທຶກໃນຖານຂໍ້ມູນນີ້. ມັນບໍ່ໄດ້ອອກຢູ່ນີ້ ຫຼື ກອງປະຊຸມຂອງມັນຍັງບໍ່ມາຮອດຖານຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="48"/>
        <source>this installation</source>
        <translation type="unfinished">ເຄື່ອງທີ່ຕິດຕັ້ງນີ້</translation>
    </message>
</context>
</TS>
