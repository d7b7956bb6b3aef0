<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km_KH">
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="61"/>
        <source>Add a facilitator</source>
        <translation type="unfinished">បន្ថែមអ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="63"/>
        <source>Not given</source>
        <translation type="unfinished">មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="65"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">ឈ្មោះ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="66"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished">ភេទ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="74"/>
        <source>Could not add the facilitator</source>
        <translation type="unfinished">មិនអាចបន្ថែមអ្នកសម្របសម្រួលបានទេ</translation>
    </message>
</context>
<context>
    <name>AdjustStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="153"/>
        <source>Adjust stock</source>
        <translation type="unfinished">កែតម្រូវស្តុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="157"/>
        <source>&amp;Why:</source>
        <translation type="unfinished">មូលហេតុ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>Stock after:</source>
        <translation type="unfinished">ស្តុកបន្ទាប់ពីនេះ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="158"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">កាលបរិច្ឆេទ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="159"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">កំណត់ចំណាំ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="160"/>
        <source>What happened (needed for another correction)</source>
        <translation type="unfinished">អ្វីដែលបានកើតឡើង (ត្រូវការសម្រាប់ការកែតម្រូវផ្សេងៗ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="166"/>
        <source>&amp;Copies on the shelf:</source>
        <translation type="unfinished">ចំនួនច្បាប់នៅលើធ្នើ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="168"/>
        <source>&amp;Change (+ or −):</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរ (+ ឬ −) (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="169"/>
        <source>&amp;Copies lost or damaged:</source>
        <translation type="unfinished">ចំនួនច្បាប់ដែលបាត់ ឬខូច (&amp;C):</translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="46"/>
        <source>Whole country</source>
        <translation type="unfinished">ទូទាំងប្រទេស</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="47"/>
        <location filename="../riskedu/ui/area_picker.py" line="57"/>
        <source>All districts</source>
        <translation type="unfinished">គ្រប់ស្រុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="48"/>
        <source>Report on the whole country or one province</source>
        <translation type="unfinished">រាយការណ៍ទូទាំងប្រទេស ឬខេត្តមួយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/area_picker.py" line="49"/>
        <source>Report on the whole province or one district</source>
        <translation type="unfinished">រាយការណ៍ទូទាំងខេត្ត ឬស្រុកមួយ</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="96"/>
        <source>People who attended, by sex and age</source>
        <translation type="unfinished">អ្នកចូលរួម តាមភេទ និងអាយុ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="97"/>
        <source>Derived totals</source>
        <translation type="unfinished">ចំនួនសរុបដែលគណនា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="98"/>
        <source>Among them</source>
        <translation type="unfinished">ក្នុងចំណោមពួកគេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="101"/>
        <source>&amp;Female:</source>
        <translation type="unfinished">ស្រី (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="102"/>
        <source>&amp;Male:</source>
        <translation type="unfinished">ប្រុស (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="103"/>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;សរុប&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="104"/>
        <source>Total:</source>
        <translation type="unfinished">សរុប:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Girls (under 18):</source>
        <translation type="unfinished">ក្មេងស្រី (ក្រោម 18 ឆ្នាំ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Boys (under 18):</source>
        <translation type="unfinished">ក្មេងប្រុស (ក្រោម 18 ឆ្នាំ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Women (18 and over):</source>
        <translation type="unfinished">ស្ត្រី (18 ឆ្នាំឡើងទៅ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Men (18 and over):</source>
        <translation type="unfinished">បុរស (18 ឆ្នាំឡើងទៅ):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="107"/>
        <source>Everyone:</source>
        <translation type="unfinished">អ្នកទាំងអស់:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="111"/>
        <source>Women and girls with &amp;disability:</source>
        <translation type="unfinished">ស្ត្រី និងក្មេងស្រីមានពិការភាព (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="112"/>
        <source>Men and &amp;boys with disability:</source>
        <translation type="unfinished">បុរស និងក្មេងប្រុសមានពិការភាព (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="113"/>
        <source>F&amp;irst-time beneficiaries:</source>
        <translation type="unfinished">អ្នកទទួលផលលើកដំបូង (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="115"/>
        <source>Count each person once, in their age band. Disability: a lot of difficulty or more in seeing, hearing, walking, remembering, self-care or communicating. Media activities (radio, TV, …) may have no attendees.</source>
        <translation type="unfinished">រាប់មនុស្សម្នាក់តែម្តង ក្នុងក្រុមអាយុរបស់គាត់។ ពិការភាព៖ មានការលំបាកច្រើន ឬលើសពីនេះ ក្នុងការមើលឃើញ ការស្តាប់ឮ ការដើរ ការចងចាំ ការថែទាំខ្លួនឯង ឬការប្រាស្រ័យទាក់ទង។ សកម្មភាពតាមប្រព័ន្ធផ្សព្វផ្សាយ (វិទ្យុ ទូរទស្សន៍ …) អាចគ្មានអ្នកចូលរួម។</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="109"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="194"/>
        <source>Backups</source>
        <translation type="unfinished">ការបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="110"/>
        <source>Backups &amp;folder:</source>
        <translation type="unfinished">ថតការបម្រុងទុក (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="111"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished">ជ្រើសរើស (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="112"/>
        <source>Back up &amp;automatically after every</source>
        <translation type="unfinished">បម្រុងទុកដោយស្វ័យប្រវត្តិ (&amp;A) រៀងរាល់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="113"/>
        <source> changes (and at start-up)</source>
        <translation type="unfinished"> ការផ្លាស់ប្ដូរ (និងពេលចាប់ផ្ដើម)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="114"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished">បម្រុងទុកឥឡូវ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="115"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="116"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished">ស្ដារ (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="117"/>
        <source>Check the database &amp;now</source>
        <translation type="unfinished">ពិនិត្យមូលដ្ឋានទិន្នន័យឥឡូវ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Taken</source>
        <translation type="unfinished">បានបម្រុងទុកនៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="118"/>
        <source>Size</source>
        <translation type="unfinished">ទំហំ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="121"/>
        <source>This database is on a server: back it up with the server&apos;s own tools (pg_dump for PostgreSQL). riskedu backs up database files on this computer.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យនេះនៅលើម៉ាស៊ីនមេ៖ សូមបម្រុងទុកវាដោយឧបករណ៍របស់ម៉ាស៊ីនមេផ្ទាល់ (pg_dump សម្រាប់ PostgreSQL)។ riskedu បម្រុងទុកតែឯកសារមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រនេះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="158"/>
        <source>Keep backups in which folder? (a USB stick will do)</source>
        <translation type="unfinished">រក្សាការបម្រុងទុកក្នុងថតណា? (USB ក៏បាន)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="191"/>
        <source>Cancelled: no backup was written.</source>
        <translation type="unfinished">បានបោះបង់៖ មិនបានសរសេរការបម្រុងទុកទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="199"/>
        <source>Writing and checking the backup…</source>
        <translation type="unfinished">កំពុងសរសេរ និងពិនិត្យការបម្រុងទុក…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="203"/>
        <source>Backup written and checked: {file} ({size}).</source>
        <translation type="unfinished">បានសរសេរ និងពិនិត្យការបម្រុងទុក៖ {file} ({size})។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="209"/>
        <source>Checking every page of the database…</source>
        <translation type="unfinished">កំពុងពិនិត្យគ្រប់ទំព័រនៃមូលដ្ឋានទិន្នន័យ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="213"/>
        <source>The database is sound: the full check found no problem.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យល្អ៖ ការពិនិត្យពេញលេញមិនបានរកឃើញបញ្ហាទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="215"/>
        <location filename="../riskedu/ui/backups_dialog.py" line="219"/>
        <source>Database check</source>
        <translation type="unfinished">ការពិនិត្យមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="217"/>
        <source>The database is damaged: {problems}. Restore the latest good backup.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យខូច៖ {problems}។ សូមស្ដារការបម្រុងទុកល្អចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="231"/>
        <source>Cannot restore this backup</source>
        <translation type="unfinished">មិនអាចស្ដារការបម្រុងទុកនេះបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="235"/>
        <source>Replace the database {database} with the backup of {time}?

{loss}

The current database is kept as a copy beside it, so this can be undone.</source>
        <translation type="unfinished">ជំនួសមូលដ្ឋានទិន្នន័យ {database} ដោយការបម្រុងទុកនៃ {time} ឬ?

{loss}

មូលដ្ឋានទិន្នន័យបច្ចុប្បន្ននឹងត្រូវរក្សាទុកជាច្បាប់ចម្លងនៅក្បែរវា ដូច្នេះអាចត្រឡប់វិញបាន។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backups_dialog.py" line="240"/>
        <source>Restore a backup</source>
        <translation type="unfinished">ស្ដារការបម្រុងទុក</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="75"/>
        <source>&amp;Check again</source>
        <translation type="unfinished">ពិនិត្យម្ដងទៀត (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Report code</source>
        <translation type="unfinished">លេខកូដរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="76"/>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="77"/>
        <source>Team</source>
        <translation type="unfinished">ក្រុម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="78"/>
        <source>What is missing</source>
        <translation type="unfinished">អ្វីដែលខ្វះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="79"/>
        <source>Day, village and team / report code</source>
        <translation type="unfinished">ថ្ងៃ ភូមិ និងក្រុម / លេខកូដរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="80"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">អ្នកទទួលផល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="81"/>
        <source>From installation</source>
        <translation type="unfinished">មកពីការដំឡើង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="90"/>
        <source>Checking…</source>
        <translation type="unfinished">កំពុងពិនិត្យ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="113"/>
        <source>&amp;Sessions missing required fields: {n}</source>
        <translation type="unfinished">វគ្គដែលខ្វះព័ត៌មានចាំបាច់ (&amp;S)៖ {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="116"/>
        <source>&amp;Probable duplicates (same village, day and team from different installations): {n}</source>
        <translation type="unfinished">ទំនងជាស្ទួន (ភូមិ ថ្ងៃ និងក្រុមដូចគ្នា ពីការដំឡើងផ្សេងគ្នា) (&amp;P)៖ {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/checks_page.py" line="140"/>
        <source>Unknown installation {id}</source>
        <translation type="unfinished">ការដំឡើងមិនស្គាល់ {id}</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Field</source>
        <translation type="unfinished">វាល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Current version (shown)</source>
        <translation type="unfinished">កំណែបច្ចុប្បន្ន (កំពុងបង្ហាញ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="120"/>
        <source>Kept version</source>
        <translation type="unfinished">កំណែដែលបានរក្សាទុកដោយឡែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="121"/>
        <source>Use</source>
        <translation type="unfinished">ប្រើ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="123"/>
        <source>The record was changed on two installations since they last agreed. Both versions are kept; differing fields are highlighted. Choose per field, or keep one version whole.</source>
        <translation type="unfinished">កំណត់ត្រានេះត្រូវបានកែប្រែនៅលើការដំឡើងពីរ ចាប់តាំងពីពួកវាត្រូវគ្នាលើកចុងក្រោយ។ កំណែទាំងពីរត្រូវបានរក្សាទុក ហើយវាលដែលខុសគ្នាត្រូវបានបន្លិច។ សូមជ្រើសរើសតាមវាលនីមួយៗ ឬរក្សាកំណែមួយទាំងមូល។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="126"/>
        <source>No conflicts to resolve.</source>
        <translation type="unfinished">គ្មានការប៉ះទង្គិចទិន្នន័យដែលត្រូវដោះស្រាយទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="127"/>
        <source>&amp;Keep the current version</source>
        <translation type="unfinished">រក្សាកំណែបច្ចុប្បន្ន (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="128"/>
        <source>&amp;Take the kept version</source>
        <translation type="unfinished">យកកំណែដែលបានរក្សាទុកដោយឡែក (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="129"/>
        <source>&amp;Merge as chosen</source>
        <translation type="unfinished">បញ្ចូលគ្នាតាមការជ្រើសរើស (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="130"/>
        <source>Use, for each differing field, the version chosen in the Use column</source>
        <translation type="unfinished">សម្រាប់វាលនីមួយៗដែលខុសគ្នា ប្រើកំណែដែលបានជ្រើសរើសក្នុងជួរឈរ «ប្រើ»</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="132"/>
        <source>Read a&amp;gain</source>
        <translation type="unfinished">អានម្តងទៀត (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="167"/>
        <source>Could not read the conflicts</source>
        <translation type="unfinished">មិនអាចអានការប៉ះទង្គិចទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="182"/>
        <source>Could not open the conflict</source>
        <translation type="unfinished">មិនអាចបើកការប៉ះទង្គិចទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="192"/>
        <source>&lt;b&gt;{table}: {record}&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;{table}: {record}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="211"/>
        <source>Current</source>
        <translation type="unfinished">បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="212"/>
        <source>Kept</source>
        <translation type="unfinished">រក្សាទុកដោយឡែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflicts_page.py" line="252"/>
        <source>Could not resolve the conflict</source>
        <translation type="unfinished">មិនអាចដោះស្រាយការប៉ះទង្គិចទិន្នន័យបានទេ</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="68"/>
        <source>The database is damaged</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យខូច</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="69"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished">ស្ដារការបម្រុងទុកនេះ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="70"/>
        <source>&amp;Open another file…</source>
        <translation type="unfinished">បើកឯកសារផ្សេង (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="71"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="75"/>
        <source>{path} is damaged ({problems}). riskedu will not use it as it is, so nothing more is lost.</source>
        <translation type="unfinished">{path} ខូច ({problems})។ riskedu នឹងមិនប្រើវាដូចដែលវាមានទេ ដូច្នេះគ្មានអ្វីបាត់បង់បន្ថែមទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="79"/>
        <source>No good backup of it was found in {folder}. Open another file (a copy or a backup kept elsewhere), or quit and ask your information officer.</source>
        <translation type="unfinished">រកមិនឃើញការបម្រុងទុកល្អរបស់វានៅក្នុង {folder} ទេ។ សូមបើកឯកសារផ្សេង (ច្បាប់ចម្លង ឬការបម្រុងទុកដែលរក្សាទុកនៅកន្លែងផ្សេង) ឬចាកចេញ ហើយសួរមន្ត្រីព័ត៌មានរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="84"/>
        <source>The latest good backup was taken on {time}.</source>
        <translation type="unfinished">ការបម្រុងទុកល្អចុងក្រោយត្រូវបានធ្វើនៅ {time}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="91"/>
        <source>The damaged file is kept beside it as a copy.</source>
        <translation type="unfinished">ឯកសារខូចនឹងត្រូវរក្សាទុកជាច្បាប់ចម្លងនៅក្បែរវា។</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="84"/>
        <source>&amp;From</source>
        <translation type="unfinished">ពី (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="85"/>
        <source>T&amp;o</source>
        <translation type="unfinished">ដល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="86"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">តែវគ្គនៅថ្ងៃនេះ ឬក្រោយថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="87"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">តែវគ្គនៅថ្ងៃនេះ ឬមុនថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="88"/>
        <source>Ar&amp;ea:</source>
        <translation type="unfinished">តំបន់ (&amp;E)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="89"/>
        <source>&amp;Who:</source>
        <translation type="unfinished">នរណា (&amp;W)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="90"/>
        <source>Cate&amp;gory:</source>
        <translation type="unfinished">ប្រភេទ (&amp;G)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="92"/>
        <source>Direct: people met in sessions. Indirect: people reached by media (radio, TV, social media, printed material). Training: teachers and focal points trained. Reports count each apart.</source>
        <translation type="unfinished">ផ្ទាល់៖ មនុស្សដែលបានជួបក្នុងវគ្គ។ ប្រយោល៖ មនុស្សដែលទទួលបានតាមប្រព័ន្ធផ្សព្វផ្សាយ (វិទ្យុ ទូរទស្សន៍ បណ្តាញសង្គម ឯកសារបោះពុម្ព)។ ការបណ្តុះបណ្តាល៖ គ្រូ និងអ្នកបង្គោលដែលបានបណ្តុះបណ្តាល។ របាយការណ៍រាប់ដាច់ដោយឡែកពីគ្នា។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="95"/>
        <source>All categories</source>
        <translation type="unfinished">គ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="98"/>
        <source>All provinces</source>
        <translation type="unfinished">គ្រប់ខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="99"/>
        <source>All districts</source>
        <translation type="unfinished">គ្រប់ស្រុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="100"/>
        <source>All organisations</source>
        <translation type="unfinished">គ្រប់អង្គការ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_filters.py" line="101"/>
        <location filename="../riskedu/ui/dashboard_filters.py" line="124"/>
        <source>All teams</source>
        <translation type="unfinished">គ្រប់ក្រុម</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="107"/>
        <source>&amp;Bars show:</source>
        <translation type="unfinished">របារបង្ហាញ (&amp;B)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="110"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="192"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">អ្នកទទួលផល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="111"/>
        <location filename="../riskedu/ui/dashboard_page.py" line="191"/>
        <source>Sessions</source>
        <translation type="unfinished">វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="124"/>
        <source>Updating…</source>
        <translation type="unfinished">កំពុងធ្វើបច្ចុប្បន្នភាព…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="156"/>
        <source>Not recorded</source>
        <translation type="unfinished">មិនបានកត់ត្រា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="166"/>
        <source>{measure} by month</source>
        <translation type="unfinished">{measure} តាមខែ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="167"/>
        <source>{measure} by province</source>
        <translation type="unfinished">{measure} តាមខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="168"/>
        <source>{measure} by method</source>
        <translation type="unfinished">{measure} តាមវិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="169"/>
        <source>{measure} by primary audience</source>
        <translation type="unfinished">{measure} តាមក្រុមគោលដៅចម្បង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="177"/>
        <source>Beneficiaries by sex and age</source>
        <translation type="unfinished">អ្នកទទួលផលតាមភេទ និងអាយុ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="193"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">ស្ត្រី និងក្មេងស្រីមានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="195"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">បុរស និងក្មេងប្រុសមានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="196"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់ដែលបានទទួល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="203"/>
        <source>of which indirect (media): {n}</source>
        <translation type="unfinished">ក្នុងនោះ ប្រយោល (ប្រព័ន្ធផ្សព្វផ្សាយ)៖ {n}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/dashboard_page.py" line="207"/>
        <source>Girls {girls} · boys {boys} · women {women} · men {men}</source>
        <translation type="unfinished">ក្មេងស្រី {girls} · ក្មេងប្រុស {boys} · ស្ត្រី {women} · បុរស {men}</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="66"/>
        <source>Sessions behind a figure</source>
        <translation type="unfinished">វគ្គនៅពីក្រោយតួលេខ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/drill_dialog.py" line="73"/>
        <source>{what}: counting sessions…</source>
        <translation type="unfinished">{what}៖ កំពុងរាប់វគ្គ…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/drill_dialog.py" line="75"/>
        <source>{what}: %Ln session(s). Press Enter or double-click a session to open it.</source>
        <translation type="unfinished">
            <numerusform>{what}៖ %Ln វគ្គ។ ចុច Enter ឬចុចពីរដងលើវគ្គ ដើម្បីបើកវា។</numerusform>
            <numerusform>{what}៖ %Ln វគ្គ។ ចុច Enter ឬចុចពីរដងលើវគ្គ ដើម្បីបើកវា។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="60"/>
        <source>Send to headquarters</source>
        <translation type="unfinished">ផ្ញើទៅការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="62"/>
        <source>Writes this laptop&apos;s new and changed records into one file, for a USB stick or an e-mail to headquarters.</source>
        <translation type="unfinished">សរសេរកំណត់ត្រាថ្មី និងកំណត់ត្រាដែលបានកែប្រែរបស់កុំព្យូទ័រយួរដៃនេះ ទៅក្នុងឯកសារមួយ សម្រាប់ដាក់ក្នុង USB ឬផ្ញើតាមអ៊ីមែលទៅការិយាល័យកណ្តាល។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="64"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished">នាំចេញ… (&amp;X)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="65"/>
        <source>Choose a folder, e.g. the USB stick, and write the bundle there</source>
        <translation type="unfinished">ជ្រើសរើសថតមួយ ឧ. USB ហើយសរសេរកញ្ចប់ឯកសារនៅទីនោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="67"/>
        <source>Export &amp;everything</source>
        <translation type="unfinished">នាំចេញទាំងអស់ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="68"/>
        <source>All records, not only what changed since the last export (for a new headquarters database)</source>
        <translation type="unfinished">កំណត់ត្រាទាំងអស់ មិនមែនតែអ្វីដែលបានផ្លាស់ប្តូរតាំងពីការនាំចេញលើកចុងក្រោយទេ (សម្រាប់មូលដ្ឋានទិន្នន័យថ្មីនៅការិយាល័យកណ្តាល)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="74"/>
        <source>Export to which folder?</source>
        <translation type="unfinished">នាំចេញទៅថតណា?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="82"/>
        <source>Writing and checking the bundle…</source>
        <translation type="unfinished">កំពុងសរសេរ និងពិនិត្យកញ្ចប់ឯកសារ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="95"/>
        <source>no changed records</source>
        <translation type="unfinished">គ្មានកំណត់ត្រាដែលបានផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="96"/>
        <source>Written and checked: &lt;b&gt;{file}&lt;/b&gt; ({size}) in {folder}.&lt;br&gt;Records: {counts}.</source>
        <translation type="unfinished">បានសរសេរ និងពិនិត្យ៖ &lt;b&gt;{file}&lt;/b&gt; ({size}) ក្នុង {folder}។&lt;br&gt;កំណត់ត្រា៖ {counts}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="102"/>
        <source>Warning: this bundle is not encrypted.</source>
        <translation type="unfinished">ការព្រមាន៖ កញ្ចប់ឯកសារនេះមិនត្រូវបានអ៊ិនគ្រីបទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="103"/>
        <source>This laptop is not enrolled with headquarters, so anyone who finds the file can read names and phone numbers. Load headquarters&apos; enrolment file to encrypt future bundles.</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃនេះមិនទាន់បានចុះឈ្មោះជាមួយការិយាល័យកណ្តាលទេ ដូច្នេះអ្នកណាដែលរកឃើញឯកសារនេះ អាចអានឈ្មោះ និងលេខទូរស័ព្ទបាន។ សូមផ្ទុកឯកសារចុះឈ្មោះរបស់ការិយាល័យកណ្តាល ដើម្បីអ៊ិនគ្រីបកញ្ចប់ឯកសារលើកក្រោយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="112"/>
        <source>Export cancelled: no file was written and nothing was marked as sent.</source>
        <translation type="unfinished">បានបោះបង់ការនាំចេញ៖ គ្មានឯកសារត្រូវបានសរសេរ ហើយគ្មានអ្វីត្រូវបានសម្គាល់ថាបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="115"/>
        <source>Export failed: nothing was marked as sent.</source>
        <translation type="unfinished">ការនាំចេញបានបរាជ័យ៖ គ្មានអ្វីត្រូវបានសម្គាល់ថាបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_export_panel.py" line="116"/>
        <source>Could not export</source>
        <translation type="unfinished">មិនអាចនាំចេញបានទេ</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="97"/>
        <source>&amp;From</source>
        <translation type="unfinished">ពី (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="98"/>
        <source>T&amp;o</source>
        <translation type="unfinished">ដល់ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="99"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished">តែវគ្គនៅថ្ងៃនេះ ឬក្រោយថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="100"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished">តែវគ្គនៅថ្ងៃនេះ ឬមុនថ្ងៃនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="101"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished">ទីកន្លែង (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="102"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished">ស្ថានភាព (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="103"/>
        <source>Search report code, village, notes… (Ctrl+F)</source>
        <translation type="unfinished">ស្វែងរកលេខកូដរបាយការណ៍ ភូមិ កំណត់សម្គាល់… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="104"/>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished">សម្អាតតម្រង (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="105"/>
        <source>Any status</source>
        <translation type="unfinished">គ្រប់ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="109"/>
        <location filename="../riskedu/ui/filter_bar.py" line="124"/>
        <source>All provinces</source>
        <translation type="unfinished">គ្រប់ខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="112"/>
        <location filename="../riskedu/ui/filter_bar.py" line="133"/>
        <source>All districts</source>
        <translation type="unfinished">គ្រប់ស្រុក</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="100"/>
        <source>When</source>
        <translation type="unfinished">ពេលណា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="101"/>
        <source>How</source>
        <translation type="unfinished">របៀប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="102"/>
        <source>For whom</source>
        <translation type="unfinished">សម្រាប់នរណា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="103"/>
        <source>Session &amp;date:</source>
        <translation type="unfinished">កាលបរិច្ឆេទវគ្គ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;Start time:</source>
        <translation type="unfinished">ម៉ោងចាប់ផ្តើម (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;End time:</source>
        <translation type="unfinished">ម៉ោងបញ្ចប់ (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Report date:</source>
        <translation type="unfinished">កាលបរិច្ឆេទរបាយការណ៍ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Category:</source>
        <translation type="unfinished">ប្រភេទ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Activity:</source>
        <translation type="unfinished">សកម្មភាព (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Method:</source>
        <translation type="unfinished">វិធីសាស្ត្រ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="107"/>
        <source>Number of sessi&amp;ons:</source>
        <translation type="unfinished">ចំនួនវគ្គ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="108"/>
        <source>&amp;Broadcast from:</source>
        <translation type="unfinished">ផ្សាយពី (&amp;B):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="109"/>
        <source>Broadcast &amp;until:</source>
        <translation type="unfinished">ផ្សាយរហូតដល់ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Primary aud&amp;ience:</source>
        <translation type="unfinished">ក្រុមគោលដៅចម្បង (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished">គម្រោង (&amp;J):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="111"/>
        <source>Do&amp;nor:</source>
        <translation type="unfinished">ម្ចាស់ជំនួយ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="114"/>
        <source>No&amp;tes (follow-up, materials given out, remarks):</source>
        <translation type="unfinished">កំណត់សម្គាល់ (ការតាមដាន សម្ភារៈដែលបានចែក មតិយោបល់) (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="116"/>
        <location filename="../riskedu/ui/editor_general.py" line="118"/>
        <source>Not set</source>
        <translation type="unfinished">មិនទាន់កំណត់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="120"/>
        <source>Type the time as HH:MM, for example 08:30 or 1430</source>
        <translation type="unfinished">វាយម៉ោងជា HH:MM ឧទាហរណ៍ 08:30 ឬ 1430</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="123"/>
        <location filename="../riskedu/ui/editor_general.py" line="124"/>
        <location filename="../riskedu/ui/editor_general.py" line="128"/>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
</context>
<context>
    <name>HazardsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="212"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">គ្រោះថ្នាក់ដែលបានពិភាក្សា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="213"/>
        <source>Hazard reports raised by participants</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់ដែលអ្នកចូលរួមបានលើកឡើង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="215"/>
        <source>One line for each suspected hazard or dangerous area people told you about, and to whom you passed it on.</source>
        <translation type="unfinished">មួយបន្ទាត់សម្រាប់តំបន់សង្ស័យ ឬតំបន់គ្រោះថ្នាក់នីមួយៗ ដែលប្រជាជនបានប្រាប់អ្នក និងអ្នកដែលអ្នកបានបញ្ជូនព័ត៌មានទៅ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Add re&amp;port</source>
        <translation type="unfinished">បន្ថែមរបាយការណ៍ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="219"/>
        <source>Re&amp;move report</source>
        <translation type="unfinished">លុបរបាយការណ៍ (&amp;M)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="51"/>
        <source>Materials handed out</source>
        <translation type="unfinished">សម្ភារៈដែលបានចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="53"/>
        <source>Notes</source>
        <translation type="unfinished">កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="92"/>
        <source>Could not read the history</source>
        <translation type="unfinished">មិនអាចអានប្រវត្តិបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Edited</source>
        <translation type="unfinished">បានកែ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="101"/>
        <source>Finalised</source>
        <translation type="unfinished">បានបញ្ចប់ជាចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Reopened for correction</source>
        <translation type="unfinished">បានបើកឡើងវិញដើម្បីកែតម្រូវ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="102"/>
        <source>Deleted</source>
        <translation type="unfinished">បានលុប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="103"/>
        <source>Restored from the trash</source>
        <translation type="unfinished">បានស្ដារពីធុងសំរាម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="106"/>
        <source>History of {code}</source>
        <translation type="unfinished">ប្រវត្តិរបស់ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="108"/>
        <source>Every change made after the session was first final: who made it, when (UTC) and each field before and after. Drafts that were never final have no history.</source>
        <translation type="unfinished">រាល់ការផ្លាស់ប្ដូរបន្ទាប់ពីវគ្គបានក្លាយជាចុងក្រោយលើកដំបូង៖ អ្នកណាធ្វើ ពេលណា (UTC) និងវាលនីមួយៗមុន និងក្រោយ។ សេចក្ដីព្រាងដែលមិនដែលជាចុងក្រោយ គ្មានប្រវត្តិទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="111"/>
        <source>No history yet: this session has not been final. Its changes are recorded from its first finalisation on.</source>
        <translation type="unfinished">មិនទាន់មានប្រវត្តិទេ៖ វគ្គនេះមិនទាន់ជាចុងក្រោយ។ ការផ្លាស់ប្ដូររបស់វានឹងត្រូវកត់ត្រាចាប់ពីការបញ្ចប់លើកដំបូង។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>When (UTC) and who</source>
        <translation type="unfinished">ពេលណា (UTC) និងអ្នកណា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="113"/>
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>Before</source>
        <translation type="unfinished">មុន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/history_dialog.py" line="114"/>
        <source>After</source>
        <translation type="unfinished">ក្រោយ</translation>
    </message>
</context>
<context>
    <name>IdentityPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="51"/>
        <source>This installation</source>
        <translation type="unfinished">ការដំឡើងនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="52"/>
        <source>&amp;Load headquarters&apos; enrolment…</source>
        <translation type="unfinished">ផ្ទុកការចុះឈ្មោះរបស់ការិយាល័យកណ្តាល… (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="54"/>
        <source>Field laptops: encrypt bundles to headquarters from now on</source>
        <translation type="unfinished">កុំព្យូទ័រយួរដៃនៅទីវាល៖ អ៊ិនគ្រីបកញ្ចប់ឯកសារសម្រាប់ការិយាល័យកណ្តាល ចាប់ពីពេលនេះតទៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="55"/>
        <source>Save en&amp;rolment file…</source>
        <translation type="unfinished">រក្សាទុកឯកសារចុះឈ្មោះ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="57"/>
        <source>Headquarters: the file field laptops load to encrypt their bundles to you</source>
        <translation type="unfinished">ការិយាល័យកណ្តាល៖ ឯកសារដែលកុំព្យូទ័រយួរដៃនៅទីវាលផ្ទុក ដើម្បីអ៊ិនគ្រីបកញ្ចប់ឯកសាររបស់ពួកគេសម្រាប់អ្នក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="64"/>
        <source>Fingerprint of {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</source>
        <translation type="unfinished">ស្នាមម្រាមដៃឌីជីថលរបស់ {name}: &lt;b&gt;{fingerprint}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="65"/>
        <source>this installation</source>
        <translation type="unfinished">ការដំឡើងនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="67"/>
        <source>Enrolled with headquarters ({fingerprint}): bundles are encrypted.</source>
        <translation type="unfinished">បានចុះឈ្មោះជាមួយការិយាល័យកណ្តាល ({fingerprint})៖ កញ្ចប់ឯកសារត្រូវបានអ៊ិនគ្រីប។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="71"/>
        <source>Not enrolled with headquarters: bundles are &lt;b&gt;not encrypted&lt;/b&gt;.</source>
        <translation type="unfinished">មិនទាន់បានចុះឈ្មោះជាមួយការិយាល័យកណ្តាល៖ កញ្ចប់ឯកសារ &lt;b&gt;មិនត្រូវបានអ៊ិនគ្រីបទេ&lt;/b&gt;។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="76"/>
        <source>Save the enrolment file</source>
        <translation type="unfinished">រក្សាទុកឯកសារចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="77"/>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished">ឯកសារចុះឈ្មោះ (*.json)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="83"/>
        <source>Could not save the enrolment file</source>
        <translation type="unfinished">មិនអាចរក្សាទុកឯកសារចុះឈ្មោះបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="86"/>
        <source>Enrolment file saved</source>
        <translation type="unfinished">បានរក្សាទុកឯកសារចុះឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="87"/>
        <source>Saved {file}. Give it to each field laptop (Sync page, “Load headquarters&apos; enrolment”); their bundles are then encrypted to this installation.</source>
        <translation type="unfinished">បានរក្សាទុក {file}។ សូមផ្តល់វាទៅកុំព្យូទ័រយួរដៃនៅទីវាលនីមួយៗ (ទំព័រធ្វើសមកាលកម្ម «ផ្ទុកការចុះឈ្មោះរបស់ការិយាល័យកណ្តាល»)៖ បន្ទាប់មក កញ្ចប់ឯកសាររបស់ពួកគេនឹងត្រូវបានអ៊ិនគ្រីបសម្រាប់ការដំឡើងនេះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="93"/>
        <source>Load headquarters&apos; enrolment file</source>
        <translation type="unfinished">ផ្ទុកឯកសារចុះឈ្មោះរបស់ការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="94"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation type="unfinished">ឯកសារចុះឈ្មោះ (*.json);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="100"/>
        <source>Could not use the enrolment file</source>
        <translation type="unfinished">មិនអាចប្រើឯកសារចុះឈ្មោះបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="103"/>
        <source>Enrolled with headquarters</source>
        <translation type="unfinished">បានចុះឈ្មោះជាមួយការិយាល័យកណ្តាល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_identity_panel.py" line="104"/>
        <source>Bundles are now encrypted to headquarters (fingerprint {fingerprint}).</source>
        <translation type="unfinished">ឥឡូវនេះ កញ្ចប់ឯកសារត្រូវបានអ៊ិនគ្រីបសម្រាប់ការិយាល័យកណ្តាល (ស្នាមម្រាមដៃឌីជីថល {fingerprint})។</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="61"/>
        <source>Receive bundles</source>
        <translation type="unfinished">ទទួលកញ្ចប់ឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="63"/>
        <source>Imports bundles from field laptops, one or many at once. You see what each file brings before anything changes.</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ឯកសារពីកុំព្យូទ័រយួរដៃនៅទីវាល ម្តងមួយ ឬច្រើនក្នុងពេលតែមួយ។ អ្នកនឹងឃើញអ្វីដែលឯកសារនីមួយៗនាំមក មុនពេលមានអ្វីផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="65"/>
        <source>&amp;Import files…</source>
        <translation type="unfinished">នាំចូលឯកសារ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="71"/>
        <source>Import which bundles?</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ឯកសារណាខ្លះ?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="72"/>
        <source>riskedu bundles (*.riskedu);;All files (*)</source>
        <translation type="unfinished">កញ្ចប់ឯកសារ riskedu (*.riskedu);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="81"/>
        <source>Checking {count} file(s)…</source>
        <translation type="unfinished">
            <numerusform>កំពុងពិនិត្យឯកសារ {count}…</numerusform>
            <numerusform>កំពុងពិនិត្យឯកសារ {count}…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="99"/>
        <location filename="../riskedu/ui/sync_import_panel.py" line="144"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="104"/>
        <source>Importing…</source>
        <translation type="unfinished">កំពុងនាំចូល…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="114"/>
        <source>Import finished</source>
        <translation type="unfinished">ការនាំចូលបានបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="120"/>
        <source>{file}: imported before, nothing new.</source>
        <translation type="unfinished">{file}: បាននាំចូលពីមុនរួចហើយ គ្មានអ្វីថ្មីទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="124"/>
        <source>{file} from {source}: {new} new, {updated} updated, {deleted} deleted, {conflicts} conflicting.</source>
        <translation type="unfinished">{file} ពី {source}: ថ្មី {new}, បានកែប្រែ {updated}, បានលុប {deleted}, ប៉ះទង្គិច {conflicts}។</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_import_panel.py" line="133"/>
        <source>%n conflict(s) to resolve on the Conflicts page.</source>
        <translation type="unfinished">
            <numerusform>ការប៉ះទង្គិចទិន្នន័យ %n ដែលត្រូវដោះស្រាយនៅទំព័រការប៉ះទង្គិច។</numerusform>
            <numerusform>ការប៉ះទង្គិចទិន្នន័យ %n ដែលត្រូវដោះស្រាយនៅទំព័រការប៉ះទង្គិច។</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="141"/>
        <source>Import cancelled: nothing was imported and the database is unchanged.</source>
        <translation type="unfinished">បានបោះបង់ការនាំចូល៖ គ្មានអ្វីត្រូវបាននាំចូលទេ ហើយមូលដ្ឋានទិន្នន័យមិនបានផ្លាស់ប្តូរ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_import_panel.py" line="145"/>
        <source>Could not import</source>
        <translation type="unfinished">មិនអាចនាំចូលបានទេ</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="82"/>
        <source>already imported: nothing new</source>
        <translation type="unfinished">បាននាំចូលរួចហើយ៖ គ្មានអ្វីថ្មីទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="83"/>
        <source>from {source}</source>
        <translation type="unfinished">ពី {source}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="99"/>
        <source>Import bundles</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="102"/>
        <source>Every file was checked and can be imported. Nothing has changed yet: this is what importing would do.</source>
        <translation type="unfinished">ឯកសារទាំងអស់ត្រូវបានពិនិត្យ ហើយអាចនាំចូលបាន។ មិនទាន់មានអ្វីផ្លាស់ប្តូរនៅឡើយទេ៖ នេះជាអ្វីដែលការនាំចូលនឹងធ្វើ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="104"/>
        <source>Every file was imported before: importing again changes nothing.</source>
        <translation type="unfinished">ឯកសារទាំងអស់ត្រូវបាននាំចូលពីមុនរួចហើយ៖ ការនាំចូលម្តងទៀតមិនផ្លាស់ប្តូរអ្វីទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="105"/>
        <source>File and table</source>
        <translation type="unfinished">ឯកសារ និងតារាង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="108"/>
        <source>Installations not seen before</source>
        <translation type="unfinished">ការដំឡើងដែលមិនធ្លាប់ឃើញពីមុន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="113"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; has not sent bundles here before. Its fingerprint is &lt;b&gt;{fingerprint}&lt;/b&gt;. Compare it with the fingerprint shown on that laptop (Sync page) before accepting.</source>
        <translation type="unfinished">&lt;b&gt;{name}&lt;/b&gt; មិនធ្លាប់ផ្ញើកញ្ចប់ឯកសារមកទីនេះពីមុនទេ។ ស្នាមម្រាមដៃឌីជីថលរបស់វាគឺ &lt;b&gt;{fingerprint}&lt;/b&gt;។ សូមប្រៀបធៀបវាជាមួយស្នាមម្រាមដៃឌីជីថលដែលបង្ហាញនៅលើកុំព្យូទ័រយួរដៃនោះ (ទំព័រធ្វើសមកាលកម្ម) មុននឹងទទួលយក។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_preview.py" line="118"/>
        <source>&amp;Accept this installation ({name})</source>
        <translation type="unfinished">ទទួលយកការដំឡើងនេះ ({name}) (&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/sync_preview.py" line="120"/>
        <source>&amp;Import {count} file(s)</source>
        <translation type="unfinished">
            <numerusform>នាំចូលឯកសារ {count} (&amp;I)</numerusform>
            <numerusform>នាំចូលឯកសារ {count} (&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../riskedu/ui/language_switch.py" line="96"/>
        <source>&amp;Language</source>
        <translation type="unfinished">ភាសា (&amp;L)</translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="37"/>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="38"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished">ឈ្មោះជាអក្សរឡាតាំង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="39"/>
        <source>Sex</source>
        <translation type="unfinished">ភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="40"/>
        <source>Age</source>
        <translation type="unfinished">អាយុ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="41"/>
        <source>Role</source>
        <translation type="unfinished">តួនាទី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="43"/>
        <source>Phone</source>
        <translation type="unfinished">ទូរស័ព្ទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="46"/>
        <source>Place</source>
        <translation type="unfinished">ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="47"/>
        <source>Ordnance</source>
        <translation type="unfinished">ប្រភេទគ្រាប់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="49"/>
        <source>Description</source>
        <translation type="unfinished">ការពិពណ៌នា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="50"/>
        <source>Referred to</source>
        <translation type="unfinished">បានបញ្ជូនទៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="47"/>
        <source>Title</source>
        <translation type="unfinished">ចំណងជើង</translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="112"/>
        <source>Find a village</source>
        <translation type="unfinished">ស្វែងរកភូមិ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="113"/>
        <source>Place</source>
        <translation type="unfinished">ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="114"/>
        <source>GPS</source>
        <translation type="unfinished">GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="115"/>
        <source>Type part of its Khmer or English na&amp;me:</source>
        <translation type="unfinished">វាយផ្នែកខ្លះនៃឈ្មោះជាភាសាខ្មែរ ឬអង់គ្លេស (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="116"/>
        <source>e.g. Ou Thum, or អូរ</source>
        <translation type="unfinished">ឧ. Ou Thum ឬ អូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="118"/>
        <source>Press Down to go to the results and Enter to choose one. Choosing a village fills in its province, district and commune.</source>
        <translation type="unfinished">ចុចព្រួញចុះ ដើម្បីទៅលទ្ធផល ហើយចុច Enter ដើម្បីជ្រើសរើស។ ការជ្រើសរើសភូមិ នឹងបំពេញខេត្ត ស្រុក និងឃុំរបស់វាដោយស្វ័យប្រវត្តិ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;Province:</source>
        <translation type="unfinished">ខេត្ត (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>&amp;District:</source>
        <translation type="unfinished">ស្រុក (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>&amp;Commune:</source>
        <translation type="unfinished">ឃុំ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>Vill&amp;age:</source>
        <translation type="unfinished">ភូមិ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="122"/>
        <source>Place &amp;not in the list:</source>
        <translation type="unfinished">ទីកន្លែងមិនមានក្នុងបញ្ជី (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="123"/>
        <source>&amp;Type of location:</source>
        <translation type="unfinished">ប្រភេទទីតាំង (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lat&amp;itude:</source>
        <translation type="unfinished">រយៈទទឹង (&amp;I):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Lon&amp;gitude:</source>
        <translation type="unfinished">រយៈបណ្តោយ (&amp;G):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="125"/>
        <source>Acc&amp;uracy (m):</source>
        <translation type="unfinished">ភាពត្រឹមត្រូវ (ម៉ែត្រ) (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="128"/>
        <source>Only when the village is not in the list</source>
        <translation type="unfinished">តែនៅពេលភូមិមិនមានក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="129"/>
        <source>&amp;Safe to record the GPS position of this place</source>
        <translation type="unfinished">មានសុវត្ថិភាពក្នុងការកត់ត្រាទីតាំង GPS នៃកន្លែងនេះ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="130"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a province…</source>
        <translation type="unfinished">ជ្រើសរើសខេត្ត…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="131"/>
        <location filename="../riskedu/ui/location_picker.py" line="149"/>
        <source>Choose a district…</source>
        <translation type="unfinished">ជ្រើសរើសស្រុក…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="132"/>
        <location filename="../riskedu/ui/location_picker.py" line="150"/>
        <source>Choose a commune…</source>
        <translation type="unfinished">ជ្រើសរើសឃុំ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="133"/>
        <location filename="../riskedu/ui/location_picker.py" line="151"/>
        <source>Choose a village…</source>
        <translation type="unfinished">ជ្រើសរើសភូមិ…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="137"/>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="204"/>
        <source>The first %Ln villages found; type more of the name to narrow them.</source>
        <translation type="unfinished">
            <numerusform>ភូមិ %Ln ដំបូងដែលបានរកឃើញ។ វាយឈ្មោះបន្ថែមទៀត ដើម្បីបង្រួមលទ្ធផល។</numerusform>
            <numerusform>ភូមិ %Ln ដំបូងដែលបានរកឃើញ។ វាយឈ្មោះបន្ថែមទៀត ដើម្បីបង្រួមលទ្ធផល។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/location_picker.py" line="207"/>
        <source>%Ln village(s) found</source>
        <translation type="unfinished">
            <numerusform>រកឃើញភូមិ %Ln</numerusform>
            <numerusform>រកឃើញភូមិ %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="69"/>
        <source>riskedu is locked</source>
        <translation type="unfinished">riskedu ត្រូវបានចាក់សោ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="70"/>
        <source>Type the passphrase to continue.</source>
        <translation type="unfinished">វាយពាក្យសម្ងាត់ដើម្បីបន្ត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="71"/>
        <source>Passphrase</source>
        <translation type="unfinished">ពាក្យសម្ងាត់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="72"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished">ដោះសោ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="91"/>
        <source>Wrong passphrase. Too many tries: wait {seconds} seconds, then try again.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ខុស។ ព្យាយាមច្រើនដងពេក៖ រង់ចាំ {seconds} វិនាទី រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_screen.py" line="93"/>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ខុស។ ពិនិត្យ Caps Lock និងភាសាក្ដារចុច រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="67"/>
        <source>App lock</source>
        <translation type="unfinished">សោកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="69"/>
        <source>On a shared laptop, a passphrase keeps the next user out of riskedu: it is asked at start-up and after the minutes below without use. It does not encrypt the database file: anyone who copies the file can read it.</source>
        <translation type="unfinished">នៅលើកុំព្យូទ័រយួរដៃប្រើរួមគ្នា ពាក្យសម្ងាត់រារាំងអ្នកប្រើបន្ទាប់ពី riskedu៖ វាត្រូវសួរពេលចាប់ផ្ដើម និងក្រោយចំនួននាទីខាងក្រោមដែលគ្មានការប្រើ។ វាមិនអ៊ិនគ្រីបឯកសារមូលដ្ឋានទិន្នន័យទេ៖ អ្នកណាដែលចម្លងឯកសារអាចអានវាបាន។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished">ពាក្យសម្ងាត់បច្ចុប្បន្ន (&amp;C)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="73"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ថ្មី (&amp;N)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>&amp;Repeat new passphrase:</source>
        <translation type="unfinished">វាយពាក្យសម្ងាត់ថ្មីម្ដងទៀត (&amp;R)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="74"/>
        <source>Lock after &amp;idle minutes:</source>
        <translation type="unfinished">ចាក់សោក្រោយនាទីគ្មានការប្រើ (&amp;I)៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="77"/>
        <source>&amp;Turn the lock off</source>
        <translation type="unfinished">បិទសោ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/lock_dialog.py" line="85"/>
        <location filename="../riskedu/ui/lock_dialog.py" line="93"/>
        <source>The lock was not changed</source>
        <translation type="unfinished">សោមិនត្រូវបានផ្លាស់ប្ដូរទេ</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="91"/>
        <source>&amp;File</source>
        <translation type="unfinished">ឯកសារ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="92"/>
        <source>&amp;Session</source>
        <translation type="unfinished">វគ្គ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="93"/>
        <source>&amp;View</source>
        <translation type="unfinished">ទិដ្ឋភាព (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished">ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="95"/>
        <source>S&amp;ync</source>
        <translation type="unfinished">ធ្វើសមកាលកម្ម (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>&amp;New session</source>
        <translation type="unfinished">វគ្គថ្មី (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>Log a new session (Ctrl+N)</source>
        <translation type="unfinished">កត់ត្រាវគ្គថ្មី (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>&amp;Open</source>
        <translation type="unfinished">បើក (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="98"/>
        <source>Open the selected session (Enter or double-click)</source>
        <translation type="unfinished">បើកវគ្គដែលបានជ្រើសរើស (Enter ឬចុចពីរដង)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="100"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished">បញ្ចប់ជាចុងក្រោយ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="101"/>
        <source>Check every rule and make the selected draft final (Ctrl+Shift+F)</source>
        <translation type="unfinished">ពិនិត្យគ្រប់លក្ខខណ្ឌ ហើយធ្វើឲ្យសេចក្តីព្រាងដែលបានជ្រើសរើសក្លាយជាចុងក្រោយ (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="102"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">បើកឡើងវិញដើម្បីកែតម្រូវ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="103"/>
        <source>Make the selected final record a draft again; who and when is recorded (Ctrl+Shift+R)</source>
        <translation type="unfinished">ធ្វើឲ្យកំណត់ត្រាចុងក្រោយដែលបានជ្រើសរើស ក្លាយជាសេចក្តីព្រាងវិញ។ អ្នកធ្វើ និងពេលវេលានឹងត្រូវកត់ត្រា (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished">លុប… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="105"/>
        <source>Delete the selected session (Del)</source>
        <translation type="unfinished">លុបវគ្គដែលបានជ្រើសរើស (Del)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>&amp;Search</source>
        <translation type="unfinished">ស្វែងរក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="106"/>
        <source>Search the sessions (Ctrl+F)</source>
        <translation type="unfinished">ស្វែងរកក្នុងវគ្គទាំងអស់ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished">សម្អាតតម្រង (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="107"/>
        <source>Show every session</source>
        <translation type="unfinished">បង្ហាញវគ្គទាំងអស់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished">ផ្ទុកឡើងវិញ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="108"/>
        <source>Read the list again (F5)</source>
        <translation type="unfinished">អានបញ្ជីម្តងទៀត (F5)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">ចាកចេញ (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="109"/>
        <source>Close riskedu (Ctrl+Q)</source>
        <translation type="unfinished">បិទ riskedu (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="110"/>
        <source>&amp;About riskedu</source>
        <translation type="unfinished">អំពី riskedu (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="111"/>
        <source>&amp;Backups…</source>
        <translation type="unfinished">ការបម្រុងទុក (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="112"/>
        <source>Back up now, choose where backups go, restore one, check the database</source>
        <translation type="unfinished">បម្រុងទុកឥឡូវ ជ្រើសកន្លែងរក្សាការបម្រុងទុក ស្ដារមួយ ពិនិត្យមូលដ្ឋានទិន្នន័យ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="113"/>
        <source>&amp;Export a bundle…</source>
        <translation type="unfinished">នាំចេញកញ្ចប់ឯកសារ… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="114"/>
        <source>Write this laptop&apos;s changes into one file for headquarters (Ctrl+E)</source>
        <translation type="unfinished">សរសេរការផ្លាស់ប្តូររបស់កុំព្យូទ័រយួរដៃនេះទៅក្នុងឯកសារមួយសម្រាប់ការិយាល័យកណ្តាល (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="115"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished">នាំចូលកញ្ចប់ឯកសារ… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="116"/>
        <source>Check and import bundles from field laptops (Ctrl+I)</source>
        <translation type="unfinished">ពិនិត្យ និងនាំចូលកញ្ចប់ឯកសារពីកុំព្យូទ័រយួរដៃនៅទីវាល (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="117"/>
        <source>&amp;Conflicts</source>
        <translation type="unfinished">ការប៉ះទង្គិចទិន្នន័យ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="118"/>
        <source>Records changed on two installations, to resolve (Alt+4)</source>
        <translation type="unfinished">កំណត់ត្រាដែលត្រូវបានកែប្រែនៅលើការដំឡើងពីរ ដែលត្រូវដោះស្រាយ (Alt+4)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="158"/>
        <source>About riskedu</source>
        <translation type="unfinished">អំពី riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="159"/>
        <source>&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;Field logbook for explosive ordnance risk education.&lt;br&gt;&lt;br&gt;Cambodian administrative units: General Directorate of Digital Economy, Ministry of Economy and Finance (data.mef.gov.kh).</source>
        <translation type="unfinished">&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;សៀវភៅកត់ត្រាការងារវាល សម្រាប់ការអប់រំពីគ្រោះថ្នាក់នៃគ្រាប់ផ្ទុះ។&lt;br&gt;&lt;br&gt;រដ្ឋបាលកម្ពុជា៖ អគ្គនាយកដ្ឋានសេដ្ឋកិច្ចឌីជីថល ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ (data.mef.gov.kh)។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="174"/>
        <source>Not ready to be final</source>
        <translation type="unfinished">មិនទាន់អាចបញ្ចប់ជាចុងក្រោយបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="175"/>
        <source>{code} cannot be final yet:
{problems}

Open it to complete it?</source>
        <translation type="unfinished">{code} មិនទាន់អាចក្លាយជាចុងក្រោយបានទេ៖
{problems}

បើកវាដើម្បីបំពេញឲ្យគ្រប់?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="183"/>
        <source>Could not finalise the session</source>
        <translation type="unfinished">មិនអាចបញ្ចប់វគ្គជាចុងក្រោយបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="192"/>
        <source>Reopen for correction</source>
        <translation type="unfinished">បើកឡើងវិញដើម្បីកែតម្រូវ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="193"/>
        <source>Reopen {code} for correction? It becomes a draft again; your name and the time are recorded.</source>
        <translation type="unfinished">បើក {code} ឡើងវិញដើម្បីកែតម្រូវ? វានឹងក្លាយជាសេចក្តីព្រាងវិញ ហើយឈ្មោះរបស់អ្នក និងពេលវេលានឹងត្រូវកត់ត្រា។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="197"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">មិនអាចបើកវគ្គឡើងវិញបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="207"/>
        <source>Delete session</source>
        <translation type="unfinished">លុបវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="208"/>
        <source>Delete session {code} ({village}, {date})? It disappears from the list and from totals.</source>
        <translation type="unfinished">លុបវគ្គ {code} ({village}, {date})? វានឹងបាត់ពីបញ្ជី និងពីចំនួនសរុប។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="216"/>
        <source>Could not delete the session</source>
        <translation type="unfinished">មិនអាចលុបវគ្គបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="224"/>
        <source>Deleted {code}. Ctrl+Z brings it back; so does Session › Trash until the next export.</source>
        <translation type="unfinished">បានលុប {code}។ Ctrl+Z នាំវាមកវិញ៖ វគ្គ › ធុងសំរាម ក៏អាចធ្វើបានដែរ រហូតដល់ការនាំចេញលើកក្រោយ។</translation>
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
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ៖ {path}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="166"/>
        <source>Database: {name} on server {server}</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ៖ {name} នៅលើម៉ាស៊ីនមេ {server}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="176"/>
        <source>&amp;1 Sessions</source>
        <translation type="unfinished">&amp;1 វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="177"/>
        <source>&amp;2 Materials</source>
        <translation type="unfinished">&amp;2 សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="178"/>
        <source>&amp;3 Sync</source>
        <translation type="unfinished">&amp;3 ធ្វើសមកាលកម្ម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="179"/>
        <source>&amp;4 Conflicts</source>
        <translation type="unfinished">&amp;4 ការប៉ះទង្គិច</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="180"/>
        <source>&amp;5 Dashboard</source>
        <translation type="unfinished">&amp;5 ផ្ទាំងសង្ខេប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="181"/>
        <source>&amp;6 Checks</source>
        <translation type="unfinished">&amp;6 ការពិនិត្យ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="182"/>
        <source>&amp;7 Reports</source>
        <translation type="unfinished">&amp;7 របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="270"/>
        <source>Could not start a new session</source>
        <translation type="unfinished">មិនអាចចាប់ផ្តើមវគ្គថ្មីបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="275"/>
        <source>Could not open the session</source>
        <translation type="unfinished">មិនអាចបើកវគ្គបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="300"/>
        <source>Saved {code} as final.</source>
        <translation type="unfinished">បានរក្សាទុក {code} ជាចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="301"/>
        <source>Saved {code} as a draft.</source>
        <translation type="unfinished">បានរក្សាទុក {code} ជាសេចក្តីព្រាង។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="306"/>
        <source>Reopened {code} for correction.</source>
        <translation type="unfinished">បានបើក {code} ឡើងវិញដើម្បីកែតម្រូវ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="315"/>
        <source>a new session</source>
        <translation type="unfinished">វគ្គថ្មីមួយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="318"/>
        <source>Restore unsaved edit?</source>
        <translation type="unfinished">ស្តារការកែប្រែដែលមិនទាន់រក្សាទុក?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="319"/>
        <source>riskedu was closed while you were editing {what} (last change {when}). Restore the session you were editing?</source>
        <translation type="unfinished">riskedu ត្រូវបានបិទ ខណៈពេលអ្នកកំពុងកែប្រែ {what} (ការផ្លាស់ប្តូរចុងក្រោយ {when})។ ស្តារវគ្គដែលអ្នកកំពុងកែប្រែឡើងវិញ?</translation>
    </message>
</context>
<context>
    <name>MaterialDetail</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Type:</source>
        <translation type="unfinished">ប្រភេទ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="192"/>
        <source>Languages:</source>
        <translation type="unfinished">ភាសា:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Edition:</source>
        <translation type="unfinished">បោះពុម្ពលើក:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="193"/>
        <source>Audience:</source>
        <translation type="unfinished">ក្រុមគោលដៅ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>Hazards:</source>
        <translation type="unfinished">គ្រោះថ្នាក់:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="194"/>
        <source>File:</source>
        <translation type="unfinished">ឯកសារ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Warn at:</source>
        <translation type="unfinished">ព្រមាននៅ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="195"/>
        <source>Notes:</source>
        <translation type="unfinished">កំណត់សម្គាល់:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="198"/>
        <source>Stock history (newest first)</source>
        <translation type="unfinished">ប្រវត្តិស្តុក (ថ្មីបំផុតមុន)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="206"/>
        <source>&lt;i&gt;Choose a material in the list.&lt;/i&gt;</source>
        <translation type="unfinished">&lt;i&gt;ជ្រើសរើសសម្ភារៈមួយក្នុងបញ្ជី។&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="221"/>
        <source>{count} in stock</source>
        <translation type="unfinished">មានក្នុងស្តុក {count}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="223"/>
        <source>{count} or fewer</source>
        <translation type="unfinished">{count} ឬតិចជាងនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="225"/>
        <source>No warning</source>
        <translation type="unfinished">គ្មានការព្រមាន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="234"/>
        <source>Drawing the preview…</source>
        <translation type="unfinished">កំពុងគូររូបមើលជាមុន…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="235"/>
        <source>No file</source>
        <translation type="unfinished">គ្មានឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="242"/>
        <source>The file cannot be shown: it is missing or damaged. Edit the material to add it again.</source>
        <translation type="unfinished">មិនអាចបង្ហាញឯកសារបានទេ៖ វាបាត់ ឬខូច។ កែសម្ភារៈ ដើម្បីបន្ថែមវាម្តងទៀត។</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="49"/>
        <source>PDF or picture (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished">PDF ឬរូបភាព (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>New material</source>
        <translation type="unfinished">សម្ភារៈថ្មី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="125"/>
        <source>Edit material</source>
        <translation type="unfinished">កែសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>&amp;Titles:</source>
        <translation type="unfinished">ចំណងជើង (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">ប្រភេទ (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="126"/>
        <source>Languages:</source>
        <translation type="unfinished">ភាសា:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>&amp;Edition:</source>
        <translation type="unfinished">បោះពុម្ពលើក (&amp;E):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Au&amp;dience:</source>
        <translation type="unfinished">ក្រុមគោលដៅ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="127"/>
        <source>Ha&amp;zards:</source>
        <translation type="unfinished">គ្រោះថ្នាក់ (&amp;Z):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>File:</source>
        <translation type="unfinished">ឯកសារ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Warn when stock is at:</source>
        <translation type="unfinished">ព្រមាននៅពេលស្តុកនៅសល់ (&amp;W):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="128"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished">កំណត់សម្គាល់ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="139"/>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Add &amp;title</source>
        <translation type="unfinished">បន្ថែមចំណងជើង (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="147"/>
        <source>Remo&amp;ve title</source>
        <translation type="unfinished">ដកចំណងជើងចេញ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="148"/>
        <source>No warning</source>
        <translation type="unfinished">គ្មានការព្រមាន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="149"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished">ជ្រើសរើសឯកសារ… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="150"/>
        <source>No fi&amp;le</source>
        <translation type="unfinished">គ្មានឯកសារ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="189"/>
        <source>Choose the material&apos;s file</source>
        <translation type="unfinished">ជ្រើសរើសឯកសាររបស់សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="198"/>
        <source>Checking {name}…</source>
        <translation type="unfinished">កំពុងពិនិត្យ {name}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="206"/>
        <source>The file opens and is kept in riskedu&apos;s data folder.</source>
        <translation type="unfinished">ឯកសារនេះបើកបាន ហើយត្រូវបានរក្សាទុកក្នុងថតទិន្នន័យរបស់ riskedu។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_dialogs.py" line="247"/>
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមកែ៖</translation>
    </message>
</context>
<context>
    <name>MaterialsModel</name>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="27"/>
        <source>Material</source>
        <translation type="unfinished">សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="28"/>
        <source>Type</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="29"/>
        <source>Languages</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="30"/>
        <source>In stock</source>
        <translation type="unfinished">ក្នុងស្តុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="68"/>
        <source>Retired</source>
        <translation type="unfinished">ឈប់ប្រើ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="71"/>
        <source>Out of stock</source>
        <translation type="unfinished">អស់ស្តុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="72"/>
        <source>Low stock</source>
        <translation type="unfinished">ស្តុកទាប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="73"/>
        <source>Sample</source>
        <translation type="unfinished">គំរូ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="191"/>
        <source>{balance} left; the warning is at {threshold}. Restock before the next trip.</source>
        <translation type="unfinished">នៅសល់ {balance}; ការព្រមានគឺនៅ {threshold}។ សូមបំពេញស្តុកមុនដំណើរបន្ទាប់។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_model.py" line="196"/>
        <source>Sample content shipped with riskedu, not a real material.</source>
        <translation type="unfinished">ខ្លឹមសារគំរូដែលភ្ជាប់មកជាមួយ riskedu មិនមែនជាសម្ភារៈពិតទេ។</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="149"/>
        <source>Fin&amp;d:</source>
        <translation type="unfinished">ស្វែងរក (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="150"/>
        <source>Title, edition or notes</source>
        <translation type="unfinished">ចំណងជើង បោះពុម្ពលើក ឬកំណត់សម្គាល់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="151"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished">ប្រភេទ (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="152"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="153"/>
        <source>Any type</source>
        <translation type="unfinished">គ្រប់ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="154"/>
        <source>Any language</source>
        <translation type="unfinished">គ្រប់ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="155"/>
        <source>Low stock &amp;only</source>
        <translation type="unfinished">តែស្តុកទាប (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="156"/>
        <source>Sho&amp;w retired</source>
        <translation type="unfinished">បង្ហាញសម្ភារៈដែលឈប់ប្រើ (&amp;W)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>&amp;Add material…</source>
        <translation type="unfinished">បន្ថែមសម្ភារៈ… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="157"/>
        <source>Add a material to the catalogue</source>
        <translation type="unfinished">បន្ថែមសម្ភារៈទៅក្នុងកាតាឡុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished">កែ… (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="159"/>
        <source>Edit the chosen material (Enter)</source>
        <translation type="unfinished">កែសម្ភារៈដែលបានជ្រើសរើស (Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="161"/>
        <source>&amp;Receive stock…</source>
        <translation type="unfinished">ទទួលស្តុក… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="162"/>
        <source>Record copies received, and where they came from</source>
        <translation type="unfinished">កត់ត្រាចំនួនច្បាប់ដែលបានទទួល និងប្រភពរបស់វា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="163"/>
        <source>Ad&amp;just stock…</source>
        <translation type="unfinished">កែតម្រូវស្តុក… (&amp;J)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="164"/>
        <source>Record copies lost or damaged, or a count of the shelf</source>
        <translation type="unfinished">កត់ត្រាចំនួនច្បាប់ដែលបាត់ ឬខូច ឬការរាប់ស្តុកនៅលើធ្នើ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="165"/>
        <source>O&amp;pen file</source>
        <translation type="unfinished">បើកឯកសារ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="166"/>
        <source>Open the material&apos;s file with the computer&apos;s viewer</source>
        <translation type="unfinished">បើកឯកសាររបស់សម្ភារៈ ដោយកម្មវិធីមើលរបស់កុំព្យូទ័រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="167"/>
        <source>Add the sa&amp;mple catalogue</source>
        <translation type="unfinished">បន្ថែមកាតាឡុកគំរូ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="168"/>
        <source>Add riskedu&apos;s sample materials, to try the page out</source>
        <translation type="unfinished">បន្ថែមសម្ភារៈគំរូរបស់ riskedu ដើម្បីសាកល្បងទំព័រនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="169"/>
        <source>Delete…</source>
        <translation type="unfinished">លុប…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="170"/>
        <source>Delete a material entered by mistake (Session › Trash brings it back until the next export)</source>
        <translation type="unfinished">លុបសម្ភារៈដែលបានបញ្ចូលខុស (វគ្គ › ធុងសំរាម នាំវាមកវិញ រហូតដល់ការនាំចេញលើកក្រោយ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="175"/>
        <source>No material matches. Change the filters, or add a material.</source>
        <translation type="unfinished">គ្មានសម្ភារៈណាត្រូវទេ។ ប្តូរតម្រង ឬបន្ថែមសម្ភារៈ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="230"/>
        <source>Could not read the materials</source>
        <translation type="unfinished">មិនអាចអានសម្ភារៈបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="257"/>
        <source>Bring &amp;back</source>
        <translation type="unfinished">យកមកប្រើវិញ (&amp;B)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="258"/>
        <source>Re&amp;tire</source>
        <translation type="unfinished">ឈប់ប្រើ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="282"/>
        <source>Could not open the material</source>
        <translation type="unfinished">មិនអាចបើកសម្ភារៈបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="303"/>
        <source>Retire material</source>
        <translation type="unfinished">ឈប់ប្រើសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="304"/>
        <source>Retire {title}? It is no longer offered for sessions; its history and the sessions that handed it out keep it.</source>
        <translation type="unfinished">ឈប់ប្រើ {title}? វានឹងលែងផ្តល់ជូនសម្រាប់វគ្គទៀតហើយ។ ប្រវត្តិរបស់វា និងវគ្គដែលបានចែកវា នៅរក្សាទុកដដែល។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="311"/>
        <source>Could not change the material</source>
        <translation type="unfinished">មិនអាចផ្លាស់ប្តូរសម្ភារៈបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="317"/>
        <source>Delete material</source>
        <translation type="unfinished">លុបសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="318"/>
        <source>Delete {title} and its stock history? Use this for a material entered by mistake; retire a material that is no longer used.</source>
        <translation type="unfinished">លុប {title} និងប្រវត្តិស្តុករបស់វា? ប្រើវាសម្រាប់សម្ភារៈដែលបានបញ្ចូលខុស៖ ចំពោះសម្ភារៈដែលលែងប្រើ សូមឈប់ប្រើវាជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="327"/>
        <source>Could not delete the material</source>
        <translation type="unfinished">មិនអាចលុបសម្ភារៈបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_page.py" line="360"/>
        <source>Could not add the samples</source>
        <translation type="unfinished">មិនអាចបន្ថែមគំរូបានទេ</translation>
    </message>
</context>
<context>
    <name>MaterialsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="83"/>
        <source>Materials handed out</source>
        <translation type="unfinished">សម្ភារៈដែលបានចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="85"/>
        <source>One line for each material given out at the session. The stock on the Materials page follows on its own when the session is saved, changed or deleted.</source>
        <translation type="unfinished">មួយបន្ទាត់សម្រាប់សម្ភារៈនីមួយៗដែលបានចែកនៅវគ្គ។ ស្តុកនៅទំព័រសម្ភារៈ នឹងផ្លាស់ប្តូរដោយខ្លួនឯង ពេលវគ្គត្រូវបានរក្សាទុក កែប្រែ ឬលុប។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Material</source>
        <translation type="unfinished">សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>Quantity</source>
        <translation type="unfinished">ចំនួន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="88"/>
        <source>In stock</source>
        <translation type="unfinished">ក្នុងស្តុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="91"/>
        <source>Add &amp;material</source>
        <translation type="unfinished">បន្ថែមសម្ភារៈ (&amp;M)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="95"/>
        <location filename="../riskedu/ui/editor_materials.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished">ដកចេញ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="108"/>
        <source>Choose…</source>
        <translation type="unfinished">ជ្រើសរើស…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="122"/>
        <source>Not said</source>
        <translation type="unfinished">មិនបានបញ្ជាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_materials.py" line="140"/>
        <source>More than is in stock: record the stock received on the Materials page first.</source>
        <translation type="unfinished">លើសពីចំនួនក្នុងស្តុក៖ សូមកត់ត្រាស្តុកដែលបានទទួល នៅទំព័រសម្ភារៈជាមុនសិន។</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="101"/>
        <source>Organisation details for printing</source>
        <translation type="unfinished">ព័ត៌មានអង្គការសម្រាប់ការបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="102"/>
        <source>Organisation name</source>
        <translation type="unfinished">ឈ្មោះអង្គការ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="104"/>
        <source>As it should read on certificates and summaries in each language. A document in a language left empty uses the English name.</source>
        <translation type="unfinished">ដូចដែលត្រូវបង្ហាញលើវិញ្ញាបនបត្រ និងសេចក្តីសង្ខេបជាភាសានីមួយៗ។ ឯកសារជាភាសាដែលទុកទទេ នឹងប្រើឈ្មោះជាភាសាអង់គ្លេស។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="108"/>
        <source>Logo</source>
        <translation type="unfinished">ស្លាកសញ្ញា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="109"/>
        <source>&amp;Choose picture…</source>
        <translation type="unfinished">ជ្រើសរូបភាព… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="110"/>
        <source>A PNG or JPEG file, e.g. the logo on your letters</source>
        <translation type="unfinished">ឯកសារ PNG ឬ JPEG ឧ. ស្លាកសញ្ញាលើលិខិតរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="112"/>
        <source>&amp;Remove</source>
        <translation type="unfinished">ដកចេញ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="113"/>
        <source>Who signs the certificates</source>
        <translation type="unfinished">អ្នកចុះហត្ថលេខាលើវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="114"/>
        <source>&amp;Name:</source>
        <translation type="unfinished">ឈ្មោះ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="115"/>
        <source>&amp;Title:</source>
        <translation type="unfinished">មុខតំណែង (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="116"/>
        <source>e.g. Programme manager</source>
        <translation type="unfinished">ឧ. ប្រធានកម្មវិធី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="117"/>
        <source>&amp;Save</source>
        <translation type="unfinished">រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="134"/>
        <source>No logo</source>
        <translation type="unfinished">គ្មានស្លាកសញ្ញា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="142"/>
        <source>Choose the logo</source>
        <translation type="unfinished">ជ្រើសស្លាកសញ្ញា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="143"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished">រូបភាព (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="149"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="153"/>
        <source>This picture cannot be the logo</source>
        <translation type="unfinished">រូបភាពនេះមិនអាចធ្វើជាស្លាកសញ្ញាបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="176"/>
        <location filename="../riskedu/ui/organisation_dialog.py" line="180"/>
        <source>The details were not saved</source>
        <translation type="unfinished">ព័ត៌មានមិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/organisation_dialog.py" line="191"/>
        <source>Could not read the organisation details</source>
        <translation type="unfinished">មិនអាចអានព័ត៌មានអង្គការបានទេ</translation>
    </message>
</context>
<context>
    <name>PageSizeCombo</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="91"/>
        <source>{name} ({width} × {height} mm)</source>
        <translation type="unfinished">{name} ({width} × {height} មម)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="93"/>
        <source>{name} ({width} × {height} in)</source>
        <translation type="unfinished">{name} ({width} × {height} អ៊ីញ)</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="114"/>
        <source>Facilitators (tick everyone who ran the session)</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល (គូសធីកអ្នកទាំងអស់ដែលបានដឹកនាំវគ្គ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="115"/>
        <source>Participants by name (optional)</source>
        <translation type="unfinished">អ្នកចូលរួមតាមឈ្មោះ (ស្រេចចិត្ត)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="117"/>
        <source>Only needed for certificates and follow-up. Attendance counts are entered on the Attendance tab.</source>
        <translation type="unfinished">ត្រូវការសម្រាប់តែវិញ្ញាបនបត្រ និងការតាមដានប៉ុណ្ណោះ។ ចំនួនអ្នកចូលរួមត្រូវបញ្ចូលនៅផ្ទាំងអ្នកចូលរួម។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="119"/>
        <source>&amp;Add facilitator…</source>
        <translation type="unfinished">បន្ថែមអ្នកសម្របសម្រួល… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Add pe&amp;rson</source>
        <translation type="unfinished">បន្ថែមមនុស្ស (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="120"/>
        <source>Remove p&amp;erson</source>
        <translation type="unfinished">ដកមនុស្សចេញ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="166"/>
        <source>Unknown facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួលមិនស្គាល់</translation>
    </message>
</context>
<context>
    <name>PrintOptionsDialog</name>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="156"/>
        <source>Print certificates</source>
        <translation type="unfinished">បោះពុម្ពវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="157"/>
        <source>Print the session summary</source>
        <translation type="unfinished">បោះពុម្ពសេចក្តីសង្ខេបវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="158"/>
        <source>Print handouts</source>
        <translation type="unfinished">បោះពុម្ពឯកសារចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="159"/>
        <source>Print</source>
        <translation type="unfinished">បោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="160"/>
        <source>Certificates for the participants of {subject}: one page each.</source>
        <translation type="unfinished">វិញ្ញាបនបត្រសម្រាប់អ្នកចូលរួមក្នុង {subject}៖ ម្នាក់មួយទំព័រ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="162"/>
        <source>A one-page summary of {subject}, e.g. for the village chief.</source>
        <translation type="unfinished">សេចក្តីសង្ខេបមួយទំព័រនៃ {subject} ឧ. សម្រាប់មេភូមិ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="164"/>
        <source>Handouts for {subject}: a material from the catalogue, or the standard safety messages.</source>
        <translation type="unfinished">ឯកសារចែកសម្រាប់ {subject}៖ សម្ភារៈពីបញ្ជី ឬសារសុវត្ថិភាពស្តង់ដារ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="167"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">ភាសាឯកសារ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished">ក្រដាស (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="168"/>
        <source>Orientation:</source>
        <translation type="unfinished">ទិស៖</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Material:</source>
        <translation type="unfinished">សម្ភារៈ (&amp;M):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="169"/>
        <source>&amp;Copies:</source>
        <translation type="unfinished">ចំនួនច្បាប់ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="172"/>
        <source>The language the document is printed in, whatever language the window speaks</source>
        <translation type="unfinished">ភាសាដែលឯកសារត្រូវបោះពុម្ព មិនថាផ្ទាំងកម្មវិធីប្រើភាសាណាក៏ដោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="174"/>
        <source>P&amp;ortrait</source>
        <translation type="unfinished">បញ្ឈរ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="175"/>
        <source>La&amp;ndscape</source>
        <translation type="unfinished">ផ្តេក (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="178"/>
        <source>Pre&amp;view…</source>
        <translation type="unfinished">មើលជាមុន… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="179"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_options.py" line="186"/>
        <source>Standard safety messages sheet</source>
        <translation type="unfinished">សន្លឹកសារសុវត្ថិភាពស្តង់ដារ</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="117"/>
        <source>Print preview – {title}</source>
        <translation type="unfinished">មើលមុនបោះពុម្ព – {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="118"/>
        <source>‹ Pre&amp;vious</source>
        <translation type="unfinished">‹ មុន (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="119"/>
        <source>Ne&amp;xt ›</source>
        <translation type="unfinished">បន្ទាប់ (&amp;X) ›</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="120"/>
        <source>Pa&amp;ge</source>
        <translation type="unfinished">ទំព័រ (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="121"/>
        <source>of {count}</source>
        <translation type="unfinished">នៃ {count}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="125"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished">បង្រួម (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="126"/>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished">ពង្រីក (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="128"/>
        <source>&amp;Print…</source>
        <translation type="unfinished">បោះពុម្ព… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="129"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation type="unfinished">ជ្រើសម៉ាស៊ីនបោះពុម្ព ហើយបោះពុម្ព (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="130"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished">រក្សាទុកជា PDF… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="131"/>
        <source>Keep a copy of this document as a PDF file (Ctrl+S)</source>
        <translation type="unfinished">រក្សាច្បាប់ចម្លងនៃឯកសារនេះជាឯកសារ PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="133"/>
        <source>&amp;Close</source>
        <translation type="unfinished">បិទ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="138"/>
        <source>Fit width</source>
        <translation type="unfinished">សមនឹងទទឹង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="139"/>
        <source>Whole page</source>
        <translation type="unfinished">ទំព័រទាំងមូល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="213"/>
        <source>Print {title}</source>
        <translation type="unfinished">បោះពុម្ព {title}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Sending pages to the printer…</source>
        <translation type="unfinished">កំពុងផ្ញើទំព័រទៅម៉ាស៊ីនបោះពុម្ព…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="219"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="221"/>
        <source>Printing</source>
        <translation type="unfinished">កំពុងបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="227"/>
        <source>Sending page {done} of {total} to the printer…</source>
        <translation type="unfinished">កំពុងផ្ញើទំព័រ {done} នៃ {total} ទៅម៉ាស៊ីនបោះពុម្ព…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="237"/>
        <source>Could not print</source>
        <translation type="unfinished">មិនអាចបោះពុម្ពបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="238"/>
        <source>The printer {printer} did not accept the document. Check that it is switched on and connected, or save the document as a PDF and print it from another computer.</source>
        <translation type="unfinished">ម៉ាស៊ីនបោះពុម្ព {printer} មិនបានទទួលឯកសារទេ។ ពិនិត្យថាវាបានបើក និងបានភ្ជាប់ ឬរក្សាទុកឯកសារជា PDF ហើយបោះពុម្ពពីកុំព្យូទ័រផ្សេង។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="249"/>
        <source>Save {title} as PDF</source>
        <translation type="unfinished">រក្សាទុក {title} ជា PDF</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="250"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished">ឯកសារ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_preview.py" line="260"/>
        <source>The PDF was not saved</source>
        <translation type="unfinished">PDF មិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
</context>
<context>
    <name>PrintRunner</name>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="87"/>
        <source>Still preparing a document</source>
        <translation type="unfinished">នៅតែកំពុងរៀបចំឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="88"/>
        <source>riskedu is still preparing {title}. Wait for it to finish, or cancel it, then try again.</source>
        <translation type="unfinished">riskedu នៅតែកំពុងរៀបចំ {title}។ រង់ចាំឱ្យវាចប់ ឬបោះបង់វា រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="122"/>
        <source>Preparing the document</source>
        <translation type="unfinished">កំពុងរៀបចំឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="123"/>
        <source>Preparing {title}…</source>
        <translation type="unfinished">កំពុងរៀបចំ {title}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="139"/>
        <source>Preparing {title}: {done} of {total}…</source>
        <translation type="unfinished">កំពុងរៀបចំ {title}៖ {done} នៃ {total}…</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="176"/>
        <source>The document was prepared but cannot be shown: the file is damaged or empty. Try again; if it happens again, tell your information officer.</source>
        <translation type="unfinished">ឯកសារត្រូវបានរៀបចំ ប៉ុន្តែមិនអាចបង្ហាញបានទេ៖ ឯកសារខូច ឬទទេ។ សូមព្យាយាមម្តងទៀត ប្រសិនបើកើតឡើងម្តងទៀត សូមប្រាប់មន្ត្រីព័ត៌មានរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_jobs.py" line="187"/>
        <source>Could not prepare {title}</source>
        <translation type="unfinished">មិនអាចរៀបចំ {title} បានទេ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="41"/>
        <source>&amp;Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់ (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="42"/>
        <source>&amp;Step up</source>
        <translation type="unfinished">បង្កើន (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="43"/>
        <source>Step &amp;down</source>
        <translation type="unfinished">បន្ថយ (&amp;D)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="27"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="28"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="29"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="30"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="31"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="32"/>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="33"/>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="13"/>
        <source>OK</source>
        <translation type="unfinished">យល់ព្រម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="14"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation type="unfinished">បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="16"/>
        <source>&amp;No</source>
        <translation type="unfinished">ទេ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="17"/>
        <source>Save</source>
        <translation type="unfinished">រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation type="unfinished">បោះបង់ការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="19"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="20"/>
        <source>Open</source>
        <translation type="unfinished">បើក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="21"/>
        <source>Apply</source>
        <translation type="unfinished">អនុវត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="22"/>
        <source>Help</source>
        <translation type="unfinished">ជំនួយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="23"/>
        <source>Retry</source>
        <translation type="unfinished">ព្យាយាមម្តងទៀត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="24"/>
        <source>Ignore</source>
        <translation type="unfinished">មិនអើពើ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="25"/>
        <source>Abort</source>
        <translation type="unfinished">បញ្ឈប់</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="34"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="35"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished">កាត់ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="37"/>
        <source>&amp;Copy</source>
        <translation type="unfinished">ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="38"/>
        <source>&amp;Paste</source>
        <translation type="unfinished">បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="39"/>
        <source>Delete</source>
        <translation type="unfinished">លុប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/qt_strings.py" line="40"/>
        <source>Select All</source>
        <translation type="unfinished">ជ្រើសរើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>ReceiveStockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="121"/>
        <source>Receive stock</source>
        <translation type="unfinished">ទទួលស្តុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;Copies received:</source>
        <translation type="unfinished">ចំនួនច្បាប់ដែលបានទទួល (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="123"/>
        <source>&amp;From:</source>
        <translation type="unfinished">ពី (&amp;F):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="124"/>
        <source>&amp;Date:</source>
        <translation type="unfinished">កាលបរិច្ឆេទ (&amp;D):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="125"/>
        <source>&amp;Note:</source>
        <translation type="unfinished">កំណត់ចំណាំ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="128"/>
        <source>e.g. headquarters store, donor, printer</source>
        <translation type="unfinished">ឧ. ឃ្លាំងទីស្នាក់ការកណ្តាល ម្ចាស់ជំនួយ រោងពុម្ព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="130"/>
        <source>Not said</source>
        <translation type="unfinished">មិនបានបញ្ជាក់</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="123"/>
        <source>Period summary</source>
        <translation type="unfinished">សេចក្តីសង្ខេបតាមរយៈពេល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="125"/>
        <source>Totals of every session in a period and an area: sessions and beneficiaries, tables by province and district, by method and by audience, girls, boys, women and men by age, charts, and the hazard reports received.</source>
        <translation type="unfinished">សរុបនៃវគ្គទាំងអស់ក្នុងរយៈពេល និងតំបន់មួយ៖ វគ្គ និងអ្នកទទួលផល តារាងតាមខេត្ត និងស្រុក តាមវិធីសាស្ត្រ និងតាមក្រុមគោលដៅ ក្មេងស្រី ក្មេងប្រុស ស្ត្រី និងបុរសតាមអាយុ ក្រាហ្វ និងរបាយការណ៍គ្រោះថ្នាក់ដែលបានទទួល។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>Last month</source>
        <translation type="unfinished">ខែមុន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="130"/>
        <source>This month</source>
        <translation type="unfinished">ខែនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="131"/>
        <source>Last three months</source>
        <translation type="unfinished">បីខែមុន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>This year</source>
        <translation type="unfinished">ឆ្នាំនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="132"/>
        <source>Last year</source>
        <translation type="unfinished">ឆ្នាំមុន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="133"/>
        <source>Other dates</source>
        <translation type="unfinished">កាលបរិច្ឆេទផ្សេង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">រយៈពេល (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;from</source>
        <translation type="unfinished">ពី (&amp;F)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="136"/>
        <source>&amp;to</source>
        <translation type="unfinished">ដល់ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>&amp;Area:</source>
        <translation type="unfinished">តំបន់ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="137"/>
        <source>Document &amp;language:</source>
        <translation type="unfinished">ភាសាឯកសារ (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="138"/>
        <source>Pa&amp;per:</source>
        <translation type="unfinished">ក្រដាស (&amp;P):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="144"/>
        <source>&amp;Generate…</source>
        <translation type="unfinished">បង្កើត… (&amp;G)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="145"/>
        <source>Prepare the summary and show it to print or save as PDF</source>
        <translation type="unfinished">រៀបចំសេចក្តីសង្ខេប ហើយបង្ហាញដើម្បីបោះពុម្ព ឬរក្សាទុកជា PDF</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="183"/>
        <source>The period starts ({start}) after it ends ({end}). Choose a start date on or before the end date.</source>
        <translation type="unfinished">រយៈពេលចាប់ផ្តើម ({start}) ក្រោយពេលវាបញ្ចប់ ({end})។ សូមជ្រើសថ្ងៃចាប់ផ្តើមនៅ ឬមុនថ្ងៃបញ្ចប់។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/reports_page.py" line="194"/>
        <source>the period summary {start} – {end}, {area}</source>
        <translation type="unfinished">សេចក្តីសង្ខេបតាមរយៈពេល {start} – {end}, {area}</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="56"/>
        <source>&amp;Undo delete</source>
        <translation type="unfinished">មិនលុបវិញ (&amp;U)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="57"/>
        <source>Bring back what was just deleted (Ctrl+Z)</source>
        <translation type="unfinished">នាំយកអ្វីដែលទើបលុបមកវិញ (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="58"/>
        <source>&amp;Trash…</source>
        <translation type="unfinished">ធុងសំរាម… (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="59"/>
        <source>Deleted sessions, materials, participants and hazard reports, to restore until they are exported (Ctrl+Shift+T)</source>
        <translation type="unfinished">វគ្គ សម្ភារៈ អ្នកចូលរួម និងរបាយការណ៍គ្រោះថ្នាក់ដែលបានលុប អាចស្ដារបានរហូតដល់ពេលនាំចេញ (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="61"/>
        <source>&amp;History…</source>
        <translation type="unfinished">ប្រវត្តិ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="62"/>
        <source>Who changed the selected final session, what and when (Ctrl+H)</source>
        <translation type="unfinished">អ្នកណាបានផ្លាស់ប្ដូរវគ្គចុងក្រោយដែលបានជ្រើស អ្វី និងពេលណា (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="63"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished">ចាក់សោឥឡូវ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="64"/>
        <source>Hide everything until the passphrase is typed (Ctrl+L)</source>
        <translation type="unfinished">លាក់អ្វីៗទាំងអស់រហូតដល់វាយពាក្យសម្ងាត់ (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="65"/>
        <source>App loc&amp;k…</source>
        <translation type="unfinished">សោកម្មវិធី… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="66"/>
        <source>Set, change or remove the passphrase that locks riskedu</source>
        <translation type="unfinished">កំណត់ ប្ដូរ ឬដកពាក្យសម្ងាត់ដែលចាក់សោ riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="86"/>
        <source>Nothing to undo.</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវមិនធ្វើវិញទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="91"/>
        <location filename="../riskedu/ui/safety_actions.py" line="116"/>
        <source>Could not restore</source>
        <translation type="unfinished">មិនអាចស្ដារបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/safety_actions.py" line="96"/>
        <source>Restored.</source>
        <translation type="unfinished">បានស្ដារ។</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;1 Session</source>
        <translation type="unfinished">&amp;1 វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="136"/>
        <source>&amp;2 Place</source>
        <translation type="unfinished">&amp;2 ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;3 Attendance</source>
        <translation type="unfinished">&amp;3 អ្នកចូលរួម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="137"/>
        <source>&amp;4 People</source>
        <translation type="unfinished">&amp;4 មនុស្ស</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;5 Hazards</source>
        <translation type="unfinished">&amp;5 គ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="138"/>
        <source>&amp;6 Materials</source>
        <translation type="unfinished">&amp;6 សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>Session {code}</source>
        <translation type="unfinished">វគ្គ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="141"/>
        <source>New session</source>
        <translation type="unfinished">វគ្គថ្មី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="142"/>
        <source>{title} – riskedu</source>
        <translation type="unfinished">{title} – riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="147"/>
        <source>This record is final: you can read it but not change it. Reopen it for correction to change it; the reopening is recorded with your name.</source>
        <translation type="unfinished">កំណត់ត្រានេះជាចុងក្រោយ៖ អ្នកអាចអានបាន ប៉ុន្តែមិនអាចកែប្រែបានទេ។ បើកវាឡើងវិញដើម្បីកែតម្រូវ ទើបអាចកែប្រែបាន។ ការបើកឡើងវិញនឹងត្រូវកត់ត្រាជាមួយឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="150"/>
        <source>Sa&amp;ve draft</source>
        <translation type="unfinished">រក្សាទុកជាសេចក្តីព្រាង (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="151"/>
        <source>Save without checking completeness (Ctrl+S)</source>
        <translation type="unfinished">រក្សាទុកដោយមិនពិនិត្យភាពពេញលេញ (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="152"/>
        <source>Save as fina&amp;l</source>
        <translation type="unfinished">រក្សាទុកជាចុងក្រោយ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="153"/>
        <source>Check every rule and save as a final record (Ctrl+Enter)</source>
        <translation type="unfinished">ពិនិត្យគ្រប់លក្ខខណ្ឌ ហើយរក្សាទុកជាកំណត់ត្រាចុងក្រោយ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="155"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished">បើកឡើងវិញដើម្បីកែតម្រូវ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="156"/>
        <source>&amp;History…</source>
        <translation type="unfinished">ប្រវត្តិ… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="157"/>
        <source>Who changed this record, what and when</source>
        <translation type="unfinished">អ្នកណាបានផ្លាស់ប្ដូរកំណត់ត្រានេះ អ្វី និងពេលណា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="158"/>
        <source>Cancel</source>
        <translation type="unfinished">បោះបង់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="159"/>
        <source>Alt+1…6 switch tabs</source>
        <translation type="unfinished">Alt+1…6 ប្តូរផ្ទាំង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="160"/>
        <source>Alt+1…6 switch tabs · Ctrl+S save draft · Ctrl+Enter save as final</source>
        <translation type="unfinished">Alt+1…6 ប្តូរផ្ទាំង · Ctrl+S រក្សាទុកជាសេចក្តីព្រាង · Ctrl+Enter រក្សាទុកជាចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="227"/>
        <source>Could not keep a safety copy of this edit</source>
        <translation type="unfinished">មិនអាចរក្សាច្បាប់ចម្លងសុវត្ថិភាពនៃការកែប្រែនេះបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="252"/>
        <source>The session was not saved</source>
        <translation type="unfinished">វគ្គមិនត្រូវបានរក្សាទុកទេ</translation>
    </message>
    <message numerus="yes">
        <location filename="../riskedu/ui/session_editor.py" line="269"/>
        <source>Nothing was saved. Please correct %Ln problem(s):</source>
        <translation type="unfinished">
            <numerusform>គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមកែបញ្ហាចំនួន %Ln៖</numerusform>
            <numerusform>គ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមកែបញ្ហាចំនួន %Ln៖</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="305"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="306"/>
        <source>This session has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished">វគ្គនេះមានការផ្លាស់ប្តូរដែលមិនទាន់រក្សាទុក។ រក្សាទុកវាជាសេចក្តីព្រាង?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="329"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished">មិនអាចបើកវគ្គឡើងវិញបានទេ</translation>
    </message>
</context>
<context>
    <name>SessionPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="65"/>
        <source>&amp;Print</source>
        <translation type="unfinished">បោះពុម្ព (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="67"/>
        <source>&amp;Certificates…</source>
        <translation type="unfinished">វិញ្ញាបនបត្រ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="68"/>
        <source>Print a certificate for each participant of the session (Ctrl+Shift+P)</source>
        <translation type="unfinished">បោះពុម្ពវិញ្ញាបនបត្រសម្រាប់អ្នកចូលរួមម្នាក់ៗនៃវគ្គ (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="69"/>
        <source>Session &amp;summary…</source>
        <translation type="unfinished">សេចក្តីសង្ខេបវគ្គ… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="70"/>
        <source>Print a one-page summary of the session</source>
        <translation type="unfinished">បោះពុម្ពសេចក្តីសង្ខេបមួយទំព័រនៃវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="71"/>
        <source>&amp;Handouts…</source>
        <translation type="unfinished">ឯកសារចែក… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="72"/>
        <source>Print copies of a material or of the standard safety messages</source>
        <translation type="unfinished">បោះពុម្ពច្បាប់ចម្លងនៃសម្ភារៈ ឬសារសុវត្ថិភាពស្តង់ដារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="101"/>
        <source>certificates of {code}</source>
        <translation type="unfinished">វិញ្ញាបនបត្រនៃ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="105"/>
        <source>the summary of {code}</source>
        <translation type="unfinished">សេចក្តីសង្ខេបនៃ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="109"/>
        <source>handouts for {code}</source>
        <translation type="unfinished">ឯកសារចែកសម្រាប់ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="118"/>
        <source>Save first</source>
        <translation type="unfinished">រក្សាទុកជាមុនសិន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_actions.py" line="119"/>
        <source>Documents are printed from the saved session. Save your changes (as a draft or as final), then print.</source>
        <translation type="unfinished">ឯកសារត្រូវបោះពុម្ពពីវគ្គដែលបានរក្សាទុក។ សូមរក្សាទុកការផ្លាស់ប្តូររបស់អ្នក (ជាសេចក្តីព្រាង ឬជាចុងក្រោយ) រួចបោះពុម្ព។</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="34"/>
        <source>Report code</source>
        <translation type="unfinished">លេខកូដរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="35"/>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="36"/>
        <source>Province</source>
        <translation type="unfinished">ខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="37"/>
        <source>Village / place</source>
        <translation type="unfinished">ភូមិ / ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="38"/>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="39"/>
        <source>Activity</source>
        <translation type="unfinished">សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="40"/>
        <source>Girls</source>
        <translation type="unfinished">ក្មេងស្រី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="41"/>
        <source>Boys</source>
        <translation type="unfinished">ក្មេងប្រុស</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="42"/>
        <source>Women</source>
        <translation type="unfinished">ស្ត្រី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="43"/>
        <source>Men</source>
        <translation type="unfinished">បុរស</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="44"/>
        <source>Total</source>
        <translation type="unfinished">សរុប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="45"/>
        <source>Disability</source>
        <translation type="unfinished">ពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="278"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished">ទីកន្លែងមិនមានក្នុងបញ្ជីឈ្មោះភូមិសាស្ត្រ</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="96"/>
        <source>Set up riskedu</source>
        <translation type="unfinished">រៀបចំ riskedu</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="98"/>
        <source>&lt;b&gt;Welcome to riskedu.&lt;/b&gt; Tell it once who you work for: every session you log on this laptop carries your organisation, team and name. You can log sessions without any internet connection.</source>
        <translation type="unfinished">&lt;b&gt;សូមស្វាគមន៍មកកាន់ riskedu។&lt;/b&gt; សូមប្រាប់ម្តងថាអ្នកធ្វើការឲ្យនរណា៖ រាល់វគ្គដែលអ្នកកត់ត្រាលើកុំព្យូទ័រនេះ នឹងមានអង្គការ ក្រុម និងឈ្មោះរបស់អ្នក។ អ្នកអាចកត់ត្រាវគ្គដោយគ្មានអ៊ីនធឺណិត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="102"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished">អង្គការ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="103"/>
        <source>Organisation &amp;code:</source>
        <translation type="unfinished">លេខកូដអង្គការ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="104"/>
        <source>&amp;Team:</source>
        <translation type="unfinished">ក្រុម (&amp;T):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="105"/>
        <source>Team c&amp;ode:</source>
        <translation type="unfinished">លេខកូដក្រុម (&amp;O):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="106"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished">ឈ្មោះរបស់អ្នក (&amp;N):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="107"/>
        <source>Your &amp;sex:</source>
        <translation type="unfinished">ភេទរបស់អ្នក (&amp;S):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="108"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished">ប្រទេស (&amp;U):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="109"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">ភាសា (&amp;L):</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="113"/>
        <source>e.g. HALO Trust</source>
        <translation type="unfinished">ឧ. HALO Trust</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="115"/>
        <source>Short, for report codes, e.g. HALO</source>
        <translation type="unfinished">ខ្លី សម្រាប់លេខកូដរបាយការណ៍ ឧ. HALO</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="116"/>
        <source>e.g. Risk education team 3</source>
        <translation type="unfinished">ឧ. ក្រុមអប់រំពីគ្រោះថ្នាក់ទី 3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="117"/>
        <source>Optional, e.g. T3</source>
        <translation type="unfinished">ស្រេចចិត្ត ឧ. T3</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="118"/>
        <source>Prefer not to say</source>
        <translation type="unfinished">មិនចង់បញ្ជាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="119"/>
        <source>Cambodia (administrative units 2025)</source>
        <translation type="unfinished">កម្ពុជា (ឯកតារដ្ឋបាល 2025)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="150"/>
        <source>Could not save the set-up</source>
        <translation type="unfinished">មិនអាចរក្សាទុកការរៀបចំបានទេ</translation>
    </message>
</context>
<context>
    <name>StockHistoryModel</name>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="43"/>
        <source>Movement</source>
        <translation type="unfinished">ចលនា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="44"/>
        <source>Quantity</source>
        <translation type="unfinished">ចំនួន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="45"/>
        <source>Balance</source>
        <translation type="unfinished">សមតុល្យ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="46"/>
        <source>Details</source>
        <translation type="unfinished">ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="47"/>
        <source>Recorded by</source>
        <translation type="unfinished">កត់ត្រាដោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="66"/>
        <source>from {source}</source>
        <translation type="unfinished">ពី {source}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="69"/>
        <source>session {code}</source>
        <translation type="unfinished">វគ្គ {code}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_detail.py" line="72"/>
        <source>{count} counted</source>
        <translation type="unfinished">រាប់បាន {count}</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="92"/>
        <source>&amp;History of bundles</source>
        <translation type="unfinished">ប្រវត្តិកញ្ចប់ឯកសារ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="93"/>
        <source>&amp;Known installations</source>
        <translation type="unfinished">ការដំឡើងដែលស្គាល់ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_page.py" line="155"/>
        <source>Could not read the sync history</source>
        <translation type="unfinished">មិនអាចអានប្រវត្តិនៃការធ្វើសមកាលកម្មបានទេ</translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="38"/>
        <source>&lt;b&gt;Totals of the list&lt;/b&gt;</source>
        <translation type="unfinished">&lt;b&gt;សរុបនៃបញ្ជី&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Sessions:</source>
        <translation type="unfinished">វគ្គ:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Girls:</source>
        <translation type="unfinished">ក្មេងស្រី:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Boys:</source>
        <translation type="unfinished">ក្មេងប្រុស:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Women:</source>
        <translation type="unfinished">ស្ត្រី:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Men:</source>
        <translation type="unfinished">បុរស:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Everyone:</source>
        <translation type="unfinished">អ្នកទាំងអស់:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="42"/>
        <source>With disability:</source>
        <translation type="unfinished">មានពិការភាព:</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="46"/>
        <source>Persons with disability (Washington Group: a lot of difficulty or more)</source>
        <translation type="unfinished">ជនមានពិការភាព (Washington Group៖ មានការលំបាកច្រើន ឬលើសពីនេះ)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="71"/>
        <source>Trash</source>
        <translation type="unfinished">ធុងសំរាម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="73"/>
        <source>Deleted sessions, materials, participants and hazard reports stay here and can be restored exactly as they were until the next export. An exported deletion travels to headquarters and can no longer be undone.</source>
        <translation type="unfinished">វគ្គ សម្ភារៈ អ្នកចូលរួម និងរបាយការណ៍គ្រោះថ្នាក់ដែលបានលុប ស្ថិតនៅទីនេះ ហើយអាចស្ដារឲ្យដូចដើមវិញបាន រហូតដល់ការនាំចេញលើកក្រោយ។ ការលុបដែលបាននាំចេញ ធ្វើដំណើរទៅទីស្នាក់ការកណ្ដាល ហើយមិនអាចមិនធ្វើវិញបានទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Deleted</source>
        <translation type="unfinished">បានលុប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>What</source>
        <translation type="unfinished">អ្វី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Item</source>
        <translation type="unfinished">ធាតុ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="77"/>
        <source>Details</source>
        <translation type="unfinished">ព័ត៌មានលម្អិត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>By</source>
        <translation type="unfinished">ដោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="78"/>
        <source>State</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="79"/>
        <source>The trash is empty.</source>
        <translation type="unfinished">ធុងសំរាមទទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="80"/>
        <source>&amp;Restore</source>
        <translation type="unfinished">ស្ដារ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Session</source>
        <translation type="unfinished">វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="85"/>
        <source>Material</source>
        <translation type="unfinished">សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="86"/>
        <source>Participant</source>
        <translation type="unfinished">អ្នកចូលរួម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="87"/>
        <source>Hazard report</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="94"/>
        <source>Could not read the trash</source>
        <translation type="unfinished">មិនអាចអានធុងសំរាមបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="100"/>
        <source>Exported: cannot be restored</source>
        <translation type="unfinished">បាននាំចេញ៖ មិនអាចស្ដារបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="101"/>
        <source>Can be restored</source>
        <translation type="unfinished">អាចស្ដារបាន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/trash_dialog.py" line="133"/>
        <source>Could not restore</source>
        <translation type="unfinished">មិនអាចស្ដារបានទេ</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="68"/>
        <source>Verify a certificate</source>
        <translation type="unfinished">ផ្ទៀងផ្ទាត់វិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="70"/>
        <source>&amp;Paste the text read from the certificate&apos;s QR code, or type the certificate number printed under it. No internet is needed.</source>
        <translation type="unfinished">បិទភ្ជាប់អត្ថបទដែលអានពីកូដ QR របស់វិញ្ញាបនបត្រ ឬវាយលេខវិញ្ញាបនបត្រដែលបោះពុម្ពនៅខាងក្រោមវា។ មិនត្រូវការអ៊ីនធឺណិតទេ។ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="72"/>
        <source>e.g. {number}</source>
        <translation type="unfinished">ឧ. {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="74"/>
        <source>&amp;Check</source>
        <translation type="unfinished">ពិនិត្យ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="75"/>
        <source>Check the certificate (Ctrl+Enter)</source>
        <translation type="unfinished">ពិនិត្យវិញ្ញាបនបត្រ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="76"/>
        <source>Close</source>
        <translation type="unfinished">បិទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="95"/>
        <source>Paste or type a certificate code first.</source>
        <translation type="unfinished">សូមបិទភ្ជាប់ ឬវាយកូដវិញ្ញាបនបត្រជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="83"/>
        <location filename="../riskedu/ui/verify_dialog.py" line="99"/>
        <source>Could not check the certificate</source>
        <translation type="unfinished">មិនអាចពិនិត្យវិញ្ញាបនបត្របានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="109"/>
        <source>Genuine certificate</source>
        <translation type="unfinished">វិញ្ញាបនបត្រពិត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="110"/>
        <source>Not confirmed as genuine</source>
        <translation type="unfinished">មិនត្រូវបានបញ្ជាក់ថាពិតទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Certificate number</source>
        <translation type="unfinished">លេខវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="123"/>
        <source>Issued to</source>
        <translation type="unfinished">ចេញជូន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Session date</source>
        <translation type="unfinished">កាលបរិច្ឆេទវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="124"/>
        <source>Place</source>
        <translation type="unfinished">ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Signed by</source>
        <translation type="unfinished">ចុះហត្ថលេខាដោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/verify_dialog.py" line="125"/>
        <source>Installation</source>
        <translation type="unfinished">ការដំឡើង</translation>
    </message>
</context>
<context>
    <name>WindowPrinting</name>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="96"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished">ការកំណត់ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="97"/>
        <source>T&amp;ools</source>
        <translation type="unfinished">ឧបករណ៍ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="99"/>
        <source>&amp;Organisation details for printing…</source>
        <translation type="unfinished">ព័ត៌មានអង្គការសម្រាប់ការបោះពុម្ព… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="100"/>
        <source>The organisation&apos;s name in each language, its logo and who signs certificates</source>
        <translation type="unfinished">ឈ្មោះអង្គការជាភាសានីមួយៗ ស្លាកសញ្ញា និងអ្នកចុះហត្ថលេខាលើវិញ្ញាបនបត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="102"/>
        <source>&amp;Verify a certificate…</source>
        <translation type="unfinished">ផ្ទៀងផ្ទាត់វិញ្ញាបនបត្រ… (&amp;V)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="103"/>
        <source>Tell a genuine certificate from a forged one by its QR code or number</source>
        <translation type="unfinished">បែងចែកវិញ្ញាបនបត្រពិតពីវិញ្ញាបនបត្រក្លែងក្លាយ តាមកូដ QR ឬលេខរបស់វា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="104"/>
        <source>&amp;Period summary…</source>
        <translation type="unfinished">សេចក្តីសង្ខេបតាមរយៈពេល… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_menus.py" line="105"/>
        <source>Print the summary of all sessions of a period and area (Alt+7)</source>
        <translation type="unfinished">បោះពុម្ពសេចក្តីសង្ខេបនៃវគ្គទាំងអស់ក្នុងរយៈពេល និងតំបន់មួយ (Alt+5)</translation>
    </message>
</context>
<context>
    <name>WorkBar</name>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="40"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished">បោះបង់ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_work.py" line="41"/>
        <source>Stop: no file is written and nothing is imported</source>
        <translation type="unfinished">បញ្ឈប់៖ គ្មានឯកសារត្រូវបានសរសេរ ហើយគ្មានអ្វីត្រូវបាននាំចូលទេ</translation>
    </message>
</context>
<context>
    <name>_StockDialog</name>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="81"/>
        <source>{title}: {count} in stock now.</source>
        <translation type="unfinished">{title}៖ មានក្នុងស្តុក {count} ឥឡូវនេះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/stock_dialogs.py" line="105"/>
        <source>Nothing was recorded. Please correct:</source>
        <translation type="unfinished">គ្មានអ្វីត្រូវបានកត់ត្រាទេ។ សូមកែ៖</translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="67"/>
        <source>Safety briefing</source>
        <translation type="unfinished">ការណែនាំអំពីសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="68"/>
        <source>Direct risk education</source>
        <translation type="unfinished">ការអប់រំពីគ្រោះថ្នាក់ដោយផ្ទាល់</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="69"/>
        <source>Material distribution</source>
        <translation type="unfinished">ការចែកចាយសម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="70"/>
        <source>Radio</source>
        <translation type="unfinished">វិទ្យុ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="71"/>
        <source>TV</source>
        <translation type="unfinished">ទូរទស្សន៍</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="72"/>
        <source>Video</source>
        <translation type="unfinished">វីដេអូ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="73"/>
        <source>Social media</source>
        <translation type="unfinished">បណ្តាញសង្គម</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="74"/>
        <source>Printed press</source>
        <translation type="unfinished">សារព័ត៌មានបោះពុម្ព</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="75"/>
        <source>Training of teachers</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាលគ្រូបង្រៀន</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="76"/>
        <source>Community focal point training</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាលអ្នកបង្គោលសហគមន៍</translation>
    </message>
</context>
<context>
    <name>adjust_reason</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="174"/>
        <source>Lost</source>
        <translation type="unfinished">បាត់</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="175"/>
        <source>Damaged</source>
        <translation type="unfinished">ខូច</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="176"/>
        <source>Counted (set the balance)</source>
        <translation type="unfinished">បានរាប់ (កំណត់សមតុល្យ)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="177"/>
        <source>Other correction</source>
        <translation type="unfinished">ការកែតម្រូវផ្សេងទៀត</translation>
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
        <translation type="unfinished">មិនអាចបើកមូលដ្ឋានទិន្នន័យបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/app.py" line="69"/>
        <source>riskedu could not open {path}.

{reason}</source>
        <translation type="unfinished">riskedu មិនអាចបើក {path} បានទេ។

{reason}</translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="97"/>
        <source>Community focal points</source>
        <translation type="unfinished">អ្នកបង្គោលសហគមន៍</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="98"/>
        <source>Community leaders</source>
        <translation type="unfinished">មេដឹកនាំសហគមន៍</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="99"/>
        <source>Farmers</source>
        <translation type="unfinished">កសិករ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="100"/>
        <source>Health workers</source>
        <translation type="unfinished">បុគ្គលិកសុខាភិបាល</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="101"/>
        <source>Reconstruction workers</source>
        <translation type="unfinished">កម្មករសាងសង់ឡើងវិញ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="102"/>
        <source>Refugees / IDPs</source>
        <translation type="unfinished">ជនភៀសខ្លួន / ជនផ្លាស់ទីលំនៅក្នុងប្រទេស</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="103"/>
        <source>Religious leaders</source>
        <translation type="unfinished">មេដឹកនាំសាសនា</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="104"/>
        <source>Scrap metal collectors / dealers</source>
        <translation type="unfinished">អ្នករើស / អ្នកទិញលក់អេតចាយ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="105"/>
        <source>Teachers</source>
        <translation type="unfinished">គ្រូបង្រៀន</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="106"/>
        <source>Children / students</source>
        <translation type="unfinished">កុមារ / សិស្ស</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="107"/>
        <source>Convoy drivers</source>
        <translation type="unfinished">អ្នកបើកបរក្បួនរថយន្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="108"/>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../riskedu/core/backups.py" line="37"/>
        <source>The backup could not be written: {folder} is full. Free some space there or choose another folder (a USB stick will do). The earlier backups are unchanged.</source>
        <translation type="unfinished">មិនអាចសរសេរការបម្រុងទុកបានទេ៖ {folder} ពេញហើយ។ សូមបង្កើនទំហំទំនេរនៅទីនោះ ឬជ្រើសថតផ្សេង (USB ក៏បាន)។ ការបម្រុងទុកមុនៗមិនត្រូវបានប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="40"/>
        <source>The backup could not be written: riskedu may not write to {folder}. Choose another folder, or unlock the USB stick. The earlier backups are unchanged.</source>
        <translation type="unfinished">មិនអាចសរសេរការបម្រុងទុកបានទេ៖ riskedu មិនមានសិទ្ធិសរសេរទៅ {folder} ទេ។ សូមជ្រើសថតផ្សេង ឬដោះសោ USB។ ការបម្រុងទុកមុនៗមិនត្រូវបានប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="43"/>
        <source>The backup could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. The earlier backups are unchanged.</source>
        <translation type="unfinished">មិនអាចសរសេរការបម្រុងទុកទៅ {folder} បានទេ ({reason})។ សូមពិនិត្យថាថាស ឬ USB នៅភ្ជាប់នៅឡើយ រួចព្យាយាមម្ដងទៀត។ ការបម្រុងទុកមុនៗមិនត្រូវបានប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="46"/>
        <source>The database {path} is damaged ({detail}), so no backup was made: a backup of a damaged file would replace good ones. Restore the latest good backup instead.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ {path} ខូច ({detail}) ដូច្នេះមិនបានបម្រុងទុកទេ៖ ការបម្រុងទុកឯកសារខូចនឹងជំនួសការបម្រុងទុកល្អៗ។ សូមស្ដារការបម្រុងទុកល្អចុងក្រោយជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="49"/>
        <source>The database {path} could not be read for a backup ({detail}). The earlier backups are unchanged.</source>
        <translation type="unfinished">មិនអាចអានមូលដ្ឋានទិន្នន័យ {path} ដើម្បីបម្រុងទុកបានទេ ({detail})។ ការបម្រុងទុកមុនៗមិនត្រូវបានប៉ះពាល់ទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/backups.py" line="52"/>
        <source>Backups are made of a database file on this computer (SQLite). This database is on a server ({url}): back it up with the server&apos;s own tools, such as pg_dump for PostgreSQL.</source>
        <translation type="unfinished">ការបម្រុងទុកធ្វើឡើងសម្រាប់ឯកសារមូលដ្ឋានទិន្នន័យនៅលើកុំព្យូទ័រនេះ (SQLite)។ មូលដ្ឋានទិន្នន័យនេះនៅលើម៉ាស៊ីនមេ ({url})៖ សូមបម្រុងទុកវាដោយឧបករណ៍របស់ម៉ាស៊ីនមេផ្ទាល់ ដូចជា pg_dump សម្រាប់ PostgreSQL។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="37"/>
        <source>{path} is not a riskedu backup (it is not a riskedu database). Nothing was changed.</source>
        <translation type="unfinished">{path} មិនមែនជាការបម្រុងទុករបស់ riskedu ទេ (វាមិនមែនជាមូលដ្ឋានទិន្នន័យ riskedu)។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="40"/>
        <source>The backup {path} is damaged ({detail}). Nothing was changed: choose an older backup.</source>
        <translation type="unfinished">ការបម្រុងទុក {path} ខូច ({detail})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ៖ សូមជ្រើសការបម្រុងទុកចាស់ជាងនេះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="43"/>
        <source>The backup {path} was made by a newer version of riskedu (schema {revision}). Update riskedu to restore it. Nothing was changed.</source>
        <translation type="unfinished">ការបម្រុងទុក {path} ត្រូវបានបង្កើតដោយកំណែ riskedu ថ្មីជាង (schema {revision})។ សូមធ្វើបច្ចុប្បន្នភាព riskedu ដើម្បីស្ដារវា។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="46"/>
        <source>{path} is open in riskedu or another program. Close it there first, then restore again. Nothing was changed.</source>
        <translation type="unfinished">{path} កំពុងបើកនៅក្នុង riskedu ឬកម្មវិធីផ្សេង។ សូមបិទវានៅទីនោះសិន រួចស្ដារម្ដងទៀត។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/restore.py" line="49"/>
        <source>The backup could not be put in place ({reason}). Nothing was changed: free some space beside {path} or check that you may write there, then try again.</source>
        <translation type="unfinished">មិនអាចដាក់ការបម្រុងទុកចូលកន្លែងបានទេ ({reason})។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ៖ សូមបង្កើនទំហំទំនេរនៅក្បែរ {path} ឬពិនិត្យថាអ្នកមានសិទ្ធិសរសេរនៅទីនោះ រួចព្យាយាមម្ដងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="29"/>
        <source>The backup of {time} holds: {counts}.</source>
        <translation type="unfinished">ការបម្រុងទុកនៃ {time} មាន៖ {counts}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="32"/>
        <source>The current database cannot be read, so what it holds beyond the backup is not known.</source>
        <translation type="unfinished">មិនអាចអានមូលដ្ឋានទិន្នន័យបច្ចុប្បន្នបានទេ ដូច្នេះមិនដឹងថាវាមានអ្វីលើសពីការបម្រុងទុកទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="35"/>
        <source>The current database holds: {counts}.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យបច្ចុប្បន្នមាន៖ {counts}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="38"/>
        <source>Records added or changed since this backup, which a restore would undo: {count}.</source>
        <translation type="unfinished">កំណត់ត្រាដែលបានបន្ថែម ឬកែប្រែតាំងពីការបម្រុងទុកនេះ ដែលការស្ដារនឹងលុបចោល៖ {count}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/backup_text.py" line="42"/>
        <source>No record was added or changed since this backup.</source>
        <translation type="unfinished">គ្មានកំណត់ត្រាណាត្រូវបានបន្ថែម ឬកែប្រែតាំងពីការបម្រុងទុកនេះទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="109"/>
        <location filename="../riskedu/ui/window_host.py" line="119"/>
        <source>Could not restore the backup</source>
        <translation type="unfinished">មិនអាចស្ដារការបម្រុងទុកបានទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="116"/>
        <source>Open which database?</source>
        <translation type="unfinished">បើកមូលដ្ឋានទិន្នន័យណា?</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/damaged_dialog.py" line="117"/>
        <source>riskedu databases (*.sqlite* *.db);;All files (*)</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យ riskedu (*.sqlite* *.db);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="148"/>
        <source>Backup restored</source>
        <translation type="unfinished">បានស្ដារការបម្រុងទុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="149"/>
        <source>The backup is in place. The database it replaced is kept as {file}.</source>
        <translation type="unfinished">ការបម្រុងទុកបានដាក់ចូលកន្លែងហើយ។ មូលដ្ឋានទិន្នន័យដែលវាបានជំនួសត្រូវបានរក្សាទុកជា {file}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="155"/>
        <source>Backup written and checked: {file}</source>
        <translation type="unfinished">បានសរសេរ និងពិនិត្យការបម្រុងទុក៖ {file}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/window_host.py" line="161"/>
        <source>Automatic backup failed: {reason}</source>
        <translation type="unfinished">ការបម្រុងទុកដោយស្វ័យប្រវត្តិបរាជ័យ៖ {reason}</translation>
    </message>
</context>
<context>
    <name>bundle</name>
    <message>
        <location filename="../riskedu/sync/errors.py" line="10"/>
        <source>{file} is not a riskedu sync bundle.</source>
        <translation type="unfinished">{file} មិនមែនជាកញ្ចប់ធ្វើសមកាលកម្មរបស់ riskedu ទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="12"/>
        <source>{file} was cut short or damaged on the way. Copy it again from the USB stick or ask for it to be sent again.</source>
        <translation type="unfinished">{file} ត្រូវបានកាត់ខ្លី ឬខូចតាមផ្លូវ។ ចម្លងវាម្តងទៀតពី USB ឬស្នើឲ្យផ្ញើវាម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="15"/>
        <source>{file} contains a file name that points outside the bundle ({name}). It was refused.</source>
        <translation type="unfinished">{file} មានឈ្មោះឯកសារដែលចង្អុលទៅក្រៅកញ្ចប់ ({name})។ វាត្រូវបានបដិសេធ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="18"/>
        <source>{file} unpacks to more than {limit} MB. It was refused as unsafe.</source>
        <translation type="unfinished">{file} ពន្លាចេញធំជាង {limit} MB។ វាត្រូវបានបដិសេធដោយសារគ្មានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="20"/>
        <source>{file} has been changed since it was made: {name} does not match its checksum.</source>
        <translation type="unfinished">{file} ត្រូវបានកែប្រែតាំងពីវាត្រូវបានបង្កើត៖ {name} មិនត្រូវនឹង checksum របស់វាទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="23"/>
        <source>{file} is incomplete: {name} is missing.</source>
        <translation type="unfinished">{file} មិនពេញលេញ៖ ខ្វះ {name}។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="25"/>
        <source>{file} contains {name}, which its manifest does not list.</source>
        <translation type="unfinished">{file} មាន {name} ដែលបញ្ជី manifest របស់វាមិនបានរាយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="27"/>
        <source>{file} is not signed correctly: it was altered or did not come from the installation it names.</source>
        <translation type="unfinished">{file} មិនត្រូវបានចុះហត្ថលេខាត្រឹមត្រូវទេ៖ វាត្រូវបានកែប្រែ ឬមិនបានមកពីការដំឡើងដែលវាដាក់ឈ្មោះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="30"/>
        <source>{file} was made by a newer riskedu (bundle format {version}). Update riskedu to version {app_version} or later to import it.</source>
        <translation type="unfinished">{file} ត្រូវបានបង្កើតដោយ riskedu ជំនាន់ថ្មីជាង (ទម្រង់កញ្ចប់ {version})។ ធ្វើបច្ចុប្បន្នភាព riskedu ទៅជំនាន់ {app_version} ឬថ្មីជាងនេះ ដើម្បីនាំចូលវា។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="33"/>
        <source>{file} is encrypted for another headquarters key ({fingerprint}); it cannot be opened here.</source>
        <translation type="unfinished">{file} ត្រូវបានអ៊ិនគ្រីបសម្រាប់កូនសោទីស្នាក់ការកណ្តាលផ្សេង ({fingerprint})។ មិនអាចបើកវានៅទីនេះបានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="36"/>
        <source>{file} holds a record that does not fit riskedu ({table}, record {line}). Nothing was imported.</source>
        <translation type="unfinished">{file} មានកំណត់ត្រាមួយដែលមិនត្រូវនឹង riskedu ({table}, កំណត់ត្រា {line})។ គ្មានអ្វីត្រូវបាននាំចូលទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="39"/>
        <source>The database stayed busy for {minutes} minutes: another riskedu is writing to it (an import, a backup or a save). Nothing of {file} was imported; try again when it has finished.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យនៅតែរវល់អស់ {minutes} នាទី៖ riskedu មួយទៀតកំពុងសរសេរទៅវា (ការនាំចូល ការបម្រុងទុក ឬការរក្សាទុក)។ គ្មានអ្វីពី {file} ត្រូវបាននាំចូលទេ។ សូមព្យាយាមម្ដងទៀតនៅពេលវាបានបញ្ចប់។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="43"/>
        <source>{file} refers to records that came in an earlier bundle from the same installation, which has not been imported here. Import the earlier bundle first.</source>
        <translation type="unfinished">{file} យោងទៅកំណត់ត្រាដែលមកក្នុងកញ្ចប់មុន ពីការដំឡើងដដែល ដែលមិនទាន់ត្រូវបាននាំចូលនៅទីនេះ។ សូមនាំចូលកញ្ចប់មុននោះជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="46"/>
        <source>{file} is a reference bundle that was not signed by your headquarters. Load headquarters&apos; enrolment file first, or ask headquarters for a new bundle.</source>
        <translation type="unfinished">{file} ជាកញ្ចប់យោងដែលមិនត្រូវបានចុះហត្ថលេខាដោយទីស្នាក់ការកណ្តាលរបស់អ្នក។ សូមផ្ទុកឯកសារចុះឈ្មោះរបស់ទីស្នាក់ការកណ្តាលជាមុនសិន ឬស្នើកញ្ចប់ថ្មីពីទីស្នាក់ការកណ្តាល។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="49"/>
        <source>{file} was made by headquarters for another organisation ({organisation}).</source>
        <translation type="unfinished">{file} ត្រូវបានបង្កើតដោយទីស្នាក់ការកណ្តាល សម្រាប់អង្គការផ្សេង ({organisation})។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="51"/>
        <source>{file} is encrypted; only the headquarters it was made for can open it.</source>
        <translation type="unfinished">{file} ត្រូវបានអ៊ិនគ្រីប។ មានតែទីស្នាក់ការកណ្តាលដែលវាត្រូវបានបង្កើតសម្រាប់ប៉ុណ្ណោះ ទើបអាចបើកវាបាន។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="54"/>
        <source>{folder} is full, so the bundle could not be written. Free some space there or choose another folder (another USB stick will do). Nothing was marked as sent.</source>
        <translation type="unfinished">{folder} ពេញហើយ ដូច្នេះមិនអាចសរសេរកញ្ចប់បានទេ។ សូមបង្កើតទំហំទំនេរនៅទីនោះ ឬជ្រើសថតផ្សេង (USB ផ្សេងទៀតក៏បាន)។ គ្មានអ្វីត្រូវបានសម្គាល់ថាបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="57"/>
        <source>riskedu may not write to {folder} (it is read-only or write-protected), so the bundle could not be written. Choose another folder, or unlock the USB stick. Nothing was marked as sent.</source>
        <translation type="unfinished">riskedu មិនអាចសរសេរទៅ {folder} បានទេ (វាអាចអានបានតែប៉ុណ្ណោះ ឬត្រូវបានការពារការសរសេរ) ដូច្នេះមិនអាចសរសេរកញ្ចប់បានទេ។ សូមជ្រើសថតផ្សេង ឬដោះសោ USB។ គ្មានអ្វីត្រូវបានសម្គាល់ថាបានផ្ញើទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/sync/errors.py" line="61"/>
        <source>The bundle could not be written to {folder} ({reason}). Check that the disk or USB stick is still connected, then try again. Nothing was marked as sent.</source>
        <translation type="unfinished">មិនអាចសរសេរកញ្ចប់ទៅ {folder} បានទេ ({reason})។ សូមពិនិត្យថាឌីស ឬ USB នៅតែភ្ជាប់ រួចព្យាយាមម្តងទៀត។ គ្មានអ្វីត្រូវបានសម្គាល់ថាបានផ្ញើទេ។</translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="61"/>
        <source>Direct</source>
        <translation type="unfinished">ផ្ទាល់</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="62"/>
        <source>Indirect (media)</source>
        <translation type="unfinished">ប្រយោល (ប្រព័ន្ធផ្សព្វផ្សាយ)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="63"/>
        <source>Training</source>
        <translation type="unfinished">ការបណ្តុះបណ្តាល</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../riskedu/core/db/files.py" line="12"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished">{path} ជាថតឯកសារ មិនមែនជាឯកសារមូលដ្ឋានទិន្នន័យទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="13"/>
        <source>{path} is not a riskedu database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished">{path} មិនមែនជាមូលដ្ឋានទិន្នន័យ riskedu ទេ (វាមិនមែនជាឯកសារ SQLite)។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="16"/>
        <source>{path} cannot be read as a database ({reason}). It has not been changed.</source>
        <translation type="unfinished">{path} មិនអាចអានជាមូលដ្ឋានទិន្នន័យបានទេ ({reason})។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="18"/>
        <source>{path} is a database of another program, not riskedu&apos;s. It has not been changed.</source>
        <translation type="unfinished">{path} ជាមូលដ្ឋានទិន្នន័យរបស់កម្មវិធីផ្សេង មិនមែនរបស់ riskedu ទេ។ វាមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/migrate.py" line="36"/>
        <source>This database was made by a newer version of riskedu (schema {revision}). Update riskedu to open it; the file has not been changed.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យនេះត្រូវបានបង្កើតដោយ riskedu ជំនាន់ថ្មីជាង (schema {revision})។ ធ្វើបច្ចុប្បន្នភាព riskedu ដើម្បីបើកវា។ ឯកសារមិនត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="22"/>
        <source>The database server {server} cannot be reached ({reason}). Check the address and port in the database URL, the network, and that the server is running. Nothing was changed.</source>
        <translation type="unfinished">មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ {server} បានទេ ({reason})។ សូមពិនិត្យអាសយដ្ឋាន និងច្រកក្នុង URL មូលដ្ឋានទិន្នន័យ បណ្តាញ និងថាម៉ាស៊ីនមេកំពុងដំណើរការ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="26"/>
        <source>The database server {server} refused user {user}: the password or the user name is wrong. Check them in the database URL or ask the server&apos;s administrator. Nothing was changed.</source>
        <translation type="unfinished">ម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ {server} បានបដិសេធអ្នកប្រើ {user}៖ ពាក្យសម្ងាត់ ឬឈ្មោះអ្នកប្រើមិនត្រឹមត្រូវ។ សូមពិនិត្យវានៅក្នុង URL មូលដ្ឋានទិន្នន័យ ឬសួរអ្នកគ្រប់គ្រងម៉ាស៊ីនមេ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="30"/>
        <source>The database server {server} has no database called {name}. Ask the server&apos;s administrator to create it (CREATE DATABASE {name}), then try again.</source>
        <translation type="unfinished">ម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ {server} គ្មានមូលដ្ឋានទិន្នន័យឈ្មោះ {name} ទេ។ សូមស្នើអ្នកគ្រប់គ្រងម៉ាស៊ីនមេឱ្យបង្កើតវា (CREATE DATABASE {name}) រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="33"/>
        <source>{url} is not a database URL riskedu can use ({reason}). Write it like {example}, or give the path of a file.</source>
        <translation type="unfinished">{url} មិនមែនជា URL មូលដ្ឋានទិន្នន័យដែល riskedu អាចប្រើបានទេ ({reason})។ សូមសរសេរដូចជា {example} ឬផ្តល់ផ្លូវនៃឯកសារមួយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/server.py" line="37"/>
        <source>The database server {server} answered with an error: {reason}. Nothing was changed.</source>
        <translation type="unfinished">ម៉ាស៊ីនមេមូលដ្ឋានទិន្នន័យ {server} បានឆ្លើយតបដោយកំហុស៖ {reason}។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="38"/>
        <source>Enter the time as HH:MM, for example 08:30.</source>
        <translation type="unfinished">បញ្ចូលម៉ោងជា HH:MM ឧទាហរណ៍ 08:30។</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../riskedu/ui/errors.py" line="31"/>
        <source>The disk is full, so riskedu could not save. Free some space (copy old files to a USB stick and delete them) and try again. Nothing was lost from what was saved before.</source>
        <translation type="unfinished">ថាសពេញហើយ ដូច្នេះ riskedu មិនអាចរក្សាទុកបានទេ។ សូមបង្កើតទំហំទំនេរ (ចម្លងឯកសារចាស់ៗទៅ USB ហើយលុបវាចោល) រួចព្យាយាមម្តងទៀត។ អ្វីដែលបានរក្សាទុកពីមុនមិនបាត់បង់ទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="35"/>
        <source>The database file is read-only, so riskedu could not save. Copy it to a folder you may write to, or ask for write permission, and try again.</source>
        <translation type="unfinished">ឯកសារមូលដ្ឋានទិន្នន័យអាចអានបានតែប៉ុណ្ណោះ ដូច្នេះ riskedu មិនអាចរក្សាទុកបានទេ។ សូមចម្លងវាទៅថតដែលអ្នកអាចសរសេរបាន ឬសុំសិទ្ធិសរសេរ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="38"/>
        <source>The database is busy: another program is using it. Wait a moment and try again.</source>
        <translation type="unfinished">មូលដ្ឋានទិន្នន័យកំពុងរវល់៖ កម្មវិធីផ្សេងកំពុងប្រើវា។ សូមរង់ចាំបន្តិច រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="41"/>
        <source>The file is not a riskedu database, or it is damaged ({detail}). Open a copy, or restore the last backup.</source>
        <translation type="unfinished">ឯកសារនេះមិនមែនជាមូលដ្ឋានទិន្នន័យ riskedu ទេ ឬវាខូច ({detail})។ សូមបើកច្បាប់ចម្លង ឬស្តារការបម្រុងទុកចុងក្រោយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="44"/>
        <source>riskedu could not read or write its database ({detail}). Check that the disk is still connected and not full, then try again.</source>
        <translation type="unfinished">riskedu មិនអាចអាន ឬសរសេរមូលដ្ឋានទិន្នន័យរបស់វាបានទេ ({detail})។ សូមពិនិត្យថាថាសនៅតែភ្ជាប់ ហើយមិនពេញ រួចព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="47"/>
        <source>This session no longer exists: it may have been deleted. The list has been refreshed.</source>
        <translation type="unfinished">វគ្គនេះលែងមានទៀតហើយ៖ វាប្រហែលជាត្រូវបានលុប។ បញ្ជីត្រូវបានធ្វើឱ្យទាន់សម័យហើយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="50"/>
        <source>riskedu could not use the file {file}: {reason}.</source>
        <translation type="unfinished">riskedu មិនអាចប្រើឯកសារ {file} បានទេ៖ {reason}។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="51"/>
        <source>riskedu met an unexpected problem ({kind}). What you saved before is safe; please tell your information officer.</source>
        <translation type="unfinished">riskedu បានជួបបញ្ហាដែលមិននឹកស្មានដល់ ({kind})។ អ្វីដែលអ្នកបានរក្សាទុកពីមុនមានសុវត្ថិភាព សូមប្រាប់មន្ត្រីព័ត៌មានរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/errors.py" line="54"/>
        <source>Unexpected problem</source>
        <translation type="unfinished">បញ្ហាដែលមិននឹកស្មានដល់</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../riskedu/ui/text.py" line="24"/>
        <source>Session date</source>
        <translation type="unfinished">កាលបរិច្ឆេទវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="25"/>
        <source>Report date</source>
        <translation type="unfinished">កាលបរិច្ឆេទរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="26"/>
        <source>Start time</source>
        <translation type="unfinished">ម៉ោងចាប់ផ្តើម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="27"/>
        <source>End time</source>
        <translation type="unfinished">ម៉ោងបញ្ចប់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="28"/>
        <source>Village</source>
        <translation type="unfinished">ភូមិ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="29"/>
        <source>Place not in the list</source>
        <translation type="unfinished">ទីកន្លែងមិនមានក្នុងបញ្ជី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="30"/>
        <source>Type of location</source>
        <translation type="unfinished">ប្រភេទទីតាំង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="31"/>
        <source>Latitude</source>
        <translation type="unfinished">រយៈទទឹង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="32"/>
        <source>Longitude</source>
        <translation type="unfinished">រយៈបណ្តោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="33"/>
        <source>GPS accuracy</source>
        <translation type="unfinished">ភាពត្រឹមត្រូវ GPS</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="34"/>
        <source>Category</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="35"/>
        <source>Activity</source>
        <translation type="unfinished">សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="36"/>
        <source>Method</source>
        <translation type="unfinished">វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="37"/>
        <source>Number of sessions</source>
        <translation type="unfinished">ចំនួនវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="38"/>
        <source>Broadcast start</source>
        <translation type="unfinished">ការចាប់ផ្តើមផ្សាយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="39"/>
        <source>Broadcast end</source>
        <translation type="unfinished">ការបញ្ចប់ការផ្សាយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="40"/>
        <source>Primary audience</source>
        <translation type="unfinished">ក្រុមគោលដៅចម្បង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="41"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">គ្រោះថ្នាក់ដែលបានពិភាក្សា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="37"/>
        <location filename="../riskedu/ui/text.py" line="42"/>
        <source>Attendance</source>
        <translation type="unfinished">អ្នកចូលរួម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="43"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished">ស្ត្រី និងក្មេងស្រីមានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="44"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished">បុរស និងក្មេងប្រុសមានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="45"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">អ្នកទទួលផលលើកដំបូង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="38"/>
        <location filename="../riskedu/ui/text.py" line="46"/>
        <source>Facilitators</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="21"/>
        <location filename="../riskedu/ui/text.py" line="47"/>
        <source>Facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="22"/>
        <location filename="../riskedu/ui/text.py" line="56"/>
        <source>Material</source>
        <translation type="unfinished">សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="23"/>
        <source>Session</source>
        <translation type="unfinished">វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="24"/>
        <source>Province</source>
        <translation type="unfinished">ខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="25"/>
        <source>District</source>
        <translation type="unfinished">ស្រុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="26"/>
        <source>Commune</source>
        <translation type="unfinished">ឃុំ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="27"/>
        <source>Report code</source>
        <translation type="unfinished">លេខកូដរបាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="28"/>
        <source>GPS position safe to share</source>
        <translation type="unfinished">ទីតាំង GPS មានសុវត្ថិភាពក្នុងការចែករំលែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="48"/>
        <source>Participants</source>
        <translation type="unfinished">អ្នកចូលរួមតាមឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="49"/>
        <source>Hazard reports</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="50"/>
        <source>Status</source>
        <translation type="unfinished">ស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="19"/>
        <location filename="../riskedu/ui/text.py" line="51"/>
        <source>Organisation</source>
        <translation type="unfinished">អង្គការ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="52"/>
        <source>Organisation code</source>
        <translation type="unfinished">លេខកូដអង្គការ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="20"/>
        <location filename="../riskedu/ui/text.py" line="53"/>
        <source>Team</source>
        <translation type="unfinished">ក្រុម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="54"/>
        <source>Your name</source>
        <translation type="unfinished">ឈ្មោះរបស់អ្នក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="55"/>
        <source>Restore</source>
        <translation type="unfinished">ស្ដារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="57"/>
        <source>New passphrase</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ថ្មី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="58"/>
        <source>Repeat new passphrase</source>
        <translation type="unfinished">វាយពាក្យសម្ងាត់ថ្មីម្ដងទៀត</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="59"/>
        <source>Current passphrase</source>
        <translation type="unfinished">ពាក្យសម្ងាត់បច្ចុប្បន្ន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="60"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished">ចាក់សោក្រោយនាទីគ្មានការប្រើ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="91"/>
        <source>{field}: {message}</source>
        <translation type="unfinished">{field}៖ {message}</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="25"/>
        <source>Materials handed out</source>
        <translation type="unfinished">សម្ភារៈដែលបានចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="26"/>
        <location filename="../riskedu/ui/sync_text.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished">ចំណងជើង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="27"/>
        <source>Type</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="28"/>
        <source>Languages</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="29"/>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="30"/>
        <source>Edition</source>
        <translation type="unfinished">បោះពុម្ពលើក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="31"/>
        <source>Target audience</source>
        <translation type="unfinished">ក្រុមគោលដៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="32"/>
        <source>Low-stock warning</source>
        <translation type="unfinished">ការព្រមានស្តុកទាប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="33"/>
        <source>File</source>
        <translation type="unfinished">ឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="34"/>
        <source>Quantity</source>
        <translation type="unfinished">ចំនួន</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="35"/>
        <source>Received from</source>
        <translation type="unfinished">ទទួលពី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="36"/>
        <source>Reason</source>
        <translation type="unfinished">មូលហេតុ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="37"/>
        <source>Note</source>
        <translation type="unfinished">កំណត់ចំណាំ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="38"/>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../riskedu/core/file_content.py" line="32"/>
        <source>{name} cannot be read ({reason}).</source>
        <translation type="unfinished">មិនអាចអាន {name} បានទេ ({reason})។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="33"/>
        <source>{name} is empty.</source>
        <translation type="unfinished">{name} ទទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="34"/>
        <source>{name} is {size} MB; a material&apos;s file may be at most {limit} MB. Save a smaller copy (for example a PDF made for the screen rather than for print) and add that.</source>
        <translation type="unfinished">{name} មានទំហំ {size} MB។ ឯកសាររបស់សម្ភារៈអាចមានទំហំយ៉ាងច្រើន {limit} MB។ សូមរក្សាទុកច្បាប់ចម្លងតូចជាងនេះ (ឧទាហរណ៍ PDF សម្រាប់មើលលើអេក្រង់ ជាជាងសម្រាប់បោះពុម្ព) ហើយបន្ថែមវា។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="37"/>
        <source>{name} is not a PDF, PNG or JPEG file. Save it as one of these and add it again.</source>
        <translation type="unfinished">{name} មិនមែនជាឯកសារ PDF, PNG ឬ JPEG ទេ។ សូមរក្សាទុកវាជាទម្រង់មួយក្នុងចំណោមទាំងនេះ ហើយបន្ថែមម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="40"/>
        <source>{name} is damaged: the picture cannot be read to the end ({reason}). Copy it again from where it came from.</source>
        <translation type="unfinished">{name} ខូច៖ មិនអាចអានរូបភាពដល់ចប់បានទេ ({reason})។ សូមចម្លងវាម្តងទៀតពីកន្លែងដែលវាមក។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="43"/>
        <source>{name} is a picture of {width} × {height} pixels; pictures may have at most {limit} million pixels. Save a smaller copy and add that.</source>
        <translation type="unfinished">{name} ជារូបភាពទំហំ {width} × {height} ភីកសែល។ រូបភាពអាចមានយ៉ាងច្រើន {limit} លានភីកសែល។ សូមរក្សាទុកច្បាប់ចម្លងតូចជាងនេះ ហើយបន្ថែមវា។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="46"/>
        <source>{name} does not open as a PDF ({reason}). Copy it again from where it came from, or save it again as PDF.</source>
        <translation type="unfinished">{name} មិនបើកជា PDF បានទេ ({reason})។ សូមចម្លងវាម្តងទៀតពីកន្លែងដែលវាមក ឬរក្សាទុកវាជា PDF ម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="49"/>
        <source>{name} is protected by a password. Save a copy without the password and add that.</source>
        <translation type="unfinished">{name} ត្រូវបានការពារដោយពាក្យសម្ងាត់។ សូមរក្សាទុកច្បាប់ចម្លងមួយដែលគ្មានពាក្យសម្ងាត់ ហើយបន្ថែមវា។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/file_content.py" line="52"/>
        <source>{name} is a PDF without any page.</source>
        <translation type="unfinished">{name} ជា PDF ដែលគ្មានទំព័រណាមួយ។</translation>
    </message>
</context>
<context>
    <name>hazard</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="125"/>
        <source>Anti-personnel landmines</source>
        <translation type="unfinished">មីនប្រឆាំងមនុស្ស</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="126"/>
        <source>Anti-vehicle landmines</source>
        <translation type="unfinished">មីនប្រឆាំងយានយន្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="127"/>
        <source>Cluster munition remnants</source>
        <translation type="unfinished">សំណល់គ្រាប់បែកចង្កោម</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="128"/>
        <source>Unexploded ordnance</source>
        <translation type="unfinished">គ្រាប់មិនទាន់ផ្ទុះ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="129"/>
        <source>Abandoned explosive ordnance</source>
        <translation type="unfinished">គ្រាប់រំសេវដែលគេបោះបង់ចោល</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="130"/>
        <source>Improvised explosive devices</source>
        <translation type="unfinished">ឧបករណ៍ផ្ទុះច្នៃប្រឌិត</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="131"/>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>language</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="155"/>
        <source>Khmer</source>
        <translation type="unfinished">ខ្មែរ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="156"/>
        <source>English</source>
        <translation type="unfinished">អង់គ្លេស</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="157"/>
        <source>Lao</source>
        <translation type="unfinished">ឡាវ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="158"/>
        <source>Thai</source>
        <translation type="unfinished">ថៃ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="159"/>
        <source>Burmese</source>
        <translation type="unfinished">ភូមា</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="160"/>
        <source>Vietnamese</source>
        <translation type="unfinished">វៀតណាម</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="161"/>
        <source>Filipino</source>
        <translation type="unfinished">ហ្វីលីពីន</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="162"/>
        <source>French</source>
        <translation type="unfinished">បារាំង</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="163"/>
        <source>No text (pictures only)</source>
        <translation type="unfinished">គ្មានអក្សរ (មានតែរូបភាព)</translation>
    </message>
</context>
<context>
    <name>location_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="112"/>
        <source>Camp</source>
        <translation type="unfinished">ជំរំ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="113"/>
        <source>Child-friendly space</source>
        <translation type="unfinished">កន្លែងមិត្តភាពកុមារ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="114"/>
        <source>Community centre</source>
        <translation type="unfinished">មជ្ឈមណ្ឌលសហគមន៍</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="115"/>
        <source>Education facility</source>
        <translation type="unfinished">គ្រឹះស្ថានអប់រំ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="116"/>
        <source>Farm</source>
        <translation type="unfinished">ស្រែចម្ការ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="117"/>
        <source>Household</source>
        <translation type="unfinished">គេហដ្ឋាន</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="118"/>
        <source>Market</source>
        <translation type="unfinished">ផ្សារ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="119"/>
        <source>Medical facility</source>
        <translation type="unfinished">មូលដ្ឋានសុខាភិបាល</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="120"/>
        <source>Religious site (pagoda)</source>
        <translation type="unfinished">ទីសាសនា (វត្ត)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="121"/>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>material_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="142"/>
        <source>Poster</source>
        <translation type="unfinished">ផ្ទាំងរូបភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="143"/>
        <source>Leaflet / brochure</source>
        <translation type="unfinished">ខិត្តប័ណ្ណ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="144"/>
        <source>Booklet</source>
        <translation type="unfinished">កូនសៀវភៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="145"/>
        <source>Flip chart</source>
        <translation type="unfinished">ផ្ទាំងបង្ហាញ (Flip chart)</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="146"/>
        <source>Handout</source>
        <translation type="unfinished">ឯកសារចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="147"/>
        <source>Video</source>
        <translation type="unfinished">វីដេអូ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="148"/>
        <source>T-shirt</source>
        <translation type="unfinished">អាវយឺត</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="149"/>
        <source>Bag</source>
        <translation type="unfinished">កាបូប</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="150"/>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>materials</name>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="53"/>
        <source>This material no longer exists: it may have been removed. The list has been refreshed.</source>
        <translation type="unfinished">សម្ភារៈនេះលែងមានទៀតហើយ៖ វាប្រហែលជាត្រូវបានដកចេញ។ បញ្ជីត្រូវបានធ្វើឱ្យទាន់សម័យហើយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="62"/>
        <source>(no title)</source>
        <translation type="unfinished">(គ្មានចំណងជើង)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/materials_text.py" line="76"/>
        <source>No file</source>
        <translation type="unfinished">គ្មានឯកសារ</translation>
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
        <translation type="unfinished">វគ្គក្រុមបែបអន្តរកម្ម</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="89"/>
        <source>House to house</source>
        <translation type="unfinished">ពីផ្ទះមួយទៅផ្ទះមួយ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="90"/>
        <source>Focus group discussion</source>
        <translation type="unfinished">ការពិភាក្សាក្រុមគោលដៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="91"/>
        <source>Peer-to-peer</source>
        <translation type="unfinished">មិត្តអប់រំមិត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="92"/>
        <source>Theatre</source>
        <translation type="unfinished">ល្ខោន</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished">ផ្សេងៗ</translation>
    </message>
</context>
<context>
    <name>participant_role</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="135"/>
        <source>Participant</source>
        <translation type="unfinished">អ្នកចូលរួម</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="136"/>
        <source>Teacher</source>
        <translation type="unfinished">គ្រូបង្រៀន</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="137"/>
        <source>Community focal point</source>
        <translation type="unfinished">អ្នកបង្គោលសហគមន៍</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="138"/>
        <source>Facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="25"/>
        <source>Session {code} has nobody on its roster. Add the participants&apos; names in the session&apos;s Roster tab, then print the certificates.</source>
        <translation type="unfinished">វគ្គ {code} មិនមានឈ្មោះនរណាម្នាក់ក្នុងបញ្ជីទេ។ បន្ថែមឈ្មោះអ្នកចូលរួមនៅផ្ទាំងបញ្ជីឈ្មោះ រួចបោះពុម្ពវិញ្ញាបនបត្រ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="143"/>
        <location filename="../riskedu/printing/certificates.py" line="221"/>
        <source>Certificate of participation</source>
        <translation type="unfinished">វិញ្ញាបនបត្រនៃការចូលរួម</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="148"/>
        <source>This certifies that</source>
        <translation type="unfinished">វិញ្ញាបនបត្រនេះបញ្ជាក់ថា</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="155"/>
        <source>as {role}</source>
        <translation type="unfinished">ក្នុងនាមជា {role}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="159"/>
        <source>has taken part in explosive ordnance risk education</source>
        <translation type="unfinished">បានចូលរួមក្នុងការអប់រំអំពីហានិភ័យនៃគ្រាប់ផ្ទុះ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="166"/>
        <source>in {village}</source>
        <translation type="unfinished">នៅ {village}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="173"/>
        <source>on {date}</source>
        <translation type="unfinished">នៅថ្ងៃ {date}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="184"/>
        <location filename="../riskedu/printing/session_summary.py" line="166"/>
        <source>Signature</source>
        <translation type="unfinished">ហត្ថលេខា</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="192"/>
        <source>Certificate No. {number}</source>
        <translation type="unfinished">វិញ្ញាបនបត្រលេខ {number}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/certificates.py" line="205"/>
        <location filename="../riskedu/printing/certificates.py" line="206"/>
        <source>Scan to check it is genuine</source>
        <translation type="unfinished">ស្កេនដើម្បីពិនិត្យថាជារបស់ពិត</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="27"/>
        <source>Copies must be a whole number from 1 to {limit}.</source>
        <translation type="unfinished">ចំនួនច្បាប់ត្រូវជាចំនួនគត់ពី 1 ដល់ {limit}។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="29"/>
        <source>No material {material} in this database. Choose one from the Materials page.</source>
        <translation type="unfinished">គ្មានសម្ភារៈ {material} ក្នុងមូលដ្ឋានទិន្នន័យនេះទេ។ ជ្រើសរើសមួយពីទំព័រសម្ភារៈ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="31"/>
        <source>{title} has no file to print. Add its PDF or picture on the Materials page, or print the standard safety messages instead.</source>
        <translation type="unfinished">{title} មិនមានឯកសារសម្រាប់បោះពុម្ពទេ។ បន្ថែម PDF ឬរូបភាពនៅទំព័រសម្ភារៈ ឬបោះពុម្ពសារសុវត្ថិភាពស្តង់ដារជំនួសវិញ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="34"/>
        <source>The file of {title} is missing from the file store. Add the file to the material again.</source>
        <translation type="unfinished">ឯកសាររបស់ {title} បាត់ពីឃ្លាំងឯកសារ។ បន្ថែមឯកសារទៅសម្ភារៈម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/handouts.py" line="87"/>
        <location filename="../riskedu/printing/safety_sheet.py" line="39"/>
        <source>Safety messages</source>
        <translation type="unfinished">សារសុវត្ថិភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="16"/>
        <source>The document cannot be written to {path} ({reason}). Choose another folder or free some space.</source>
        <translation type="unfinished">មិនអាចសរសេរឯកសារទៅ {path} បានទេ ({reason})។ ជ្រើសថតផ្សេង ឬទុកទំហំទំនេរ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/output.py" line="19"/>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation type="unfinished">ថត {folder} មិនមានទេ។ ជ្រើសថតដែលមានស្រាប់។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="44"/>
        <source>The period starts ({start}) after it ends ({end}). Swap the dates.</source>
        <translation type="unfinished">រយៈពេលចាប់ផ្តើម ({start}) ក្រោយពេលបញ្ចប់ ({end})។ ប្តូរកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="48"/>
        <source>By province</source>
        <translation type="unfinished">តាមខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="49"/>
        <source>By district</source>
        <translation type="unfinished">តាមស្រុក</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="50"/>
        <source>By commune</source>
        <translation type="unfinished">តាមឃុំ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="61"/>
        <location filename="../riskedu/printing/period_summary.py" line="106"/>
        <source>Sessions</source>
        <translation type="unfinished">វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="62"/>
        <location filename="../riskedu/printing/period_summary.py" line="230"/>
        <source>Beneficiaries</source>
        <translation type="unfinished">អ្នកទទួលផល</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="63"/>
        <location filename="../riskedu/printing/period_summary.py" line="107"/>
        <location filename="../riskedu/printing/session_summary.py" line="117"/>
        <source>Girls</source>
        <translation type="unfinished">ក្មេងស្រី</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="64"/>
        <location filename="../riskedu/printing/period_summary.py" line="108"/>
        <location filename="../riskedu/printing/session_summary.py" line="118"/>
        <source>Boys</source>
        <translation type="unfinished">ក្មេងប្រុស</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="65"/>
        <location filename="../riskedu/printing/period_summary.py" line="109"/>
        <location filename="../riskedu/printing/session_summary.py" line="119"/>
        <source>Women</source>
        <translation type="unfinished">ស្ត្រី</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="66"/>
        <location filename="../riskedu/printing/period_summary.py" line="110"/>
        <location filename="../riskedu/printing/session_summary.py" line="120"/>
        <source>Men</source>
        <translation type="unfinished">បុរស</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="67"/>
        <source>With disability</source>
        <translation type="unfinished">មានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="68"/>
        <source>Hazard reports</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="111"/>
        <location filename="../riskedu/printing/period_summary.py" line="131"/>
        <location filename="../riskedu/printing/period_summary.py" line="151"/>
        <location filename="../riskedu/printing/session_summary.py" line="104"/>
        <location filename="../riskedu/printing/session_summary.py" line="110"/>
        <source>Total</source>
        <translation type="unfinished">សរុប</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="149"/>
        <location filename="../riskedu/printing/session_summary.py" line="108"/>
        <source>Female</source>
        <translation type="unfinished">ស្រី</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="140"/>
        <location filename="../riskedu/printing/period_summary.py" line="150"/>
        <location filename="../riskedu/printing/session_summary.py" line="109"/>
        <source>Male</source>
        <translation type="unfinished">ប្រុស</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="145"/>
        <source>Sex and age</source>
        <translation type="unfinished">ភេទ និងអាយុ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="148"/>
        <location filename="../riskedu/printing/session_summary.py" line="107"/>
        <source>Age</source>
        <translation type="unfinished">អាយុ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="162"/>
        <source>Hazard reports received</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់ដែលបានទទួល</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="164"/>
        <location filename="../riskedu/printing/session_summary.py" line="201"/>
        <location filename="../riskedu/printing/session_summary.py" line="218"/>
        <source>None</source>
        <translation type="unfinished">គ្មាន</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <location filename="../riskedu/printing/period_summary.py" line="195"/>
        <location filename="../riskedu/printing/session_summary.py" line="209"/>
        <source>Ordnance type</source>
        <translation type="unfinished">ប្រភេទគ្រាប់ផ្ទុះ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="166"/>
        <source>Reports</source>
        <translation type="unfinished">របាយការណ៍</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="173"/>
        <source>The {count} most recent reports:</source>
        <translation type="unfinished">របាយការណ៍ចុងក្រោយបំផុត {count}៖</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="192"/>
        <location filename="../riskedu/printing/session_summary.py" line="56"/>
        <location filename="../riskedu/printing/session_summary.py" line="167"/>
        <source>Date</source>
        <translation type="unfinished">កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="193"/>
        <source>Village</source>
        <translation type="unfinished">ភូមិ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="194"/>
        <location filename="../riskedu/printing/session_summary.py" line="63"/>
        <location filename="../riskedu/printing/session_summary.py" line="208"/>
        <source>Place</source>
        <translation type="unfinished">ទីកន្លែង</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="196"/>
        <location filename="../riskedu/printing/session_summary.py" line="211"/>
        <source>Referred to</source>
        <translation type="unfinished">បានបញ្ជូនទៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="209"/>
        <source>Direct beneficiaries: {direct}. Indirect beneficiaries (media): {indirect}. First-time beneficiaries: {first}.</source>
        <translation type="unfinished">អ្នកទទួលផលផ្ទាល់៖ {direct}។ អ្នកទទួលផលប្រយោល (ប្រព័ន្ធផ្សព្វផ្សាយ)៖ {indirect}។ អ្នកទទួលផលលើកដំបូង៖ {first}។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="237"/>
        <source>By method</source>
        <translation type="unfinished">តាមវិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="244"/>
        <source>By audience</source>
        <translation type="unfinished">តាមក្រុមគោលដៅ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="256"/>
        <source>All provinces</source>
        <translation type="unfinished">គ្រប់ខេត្ត</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="280"/>
        <source>Summary of sessions</source>
        <translation type="unfinished">សេចក្តីសង្ខេបនៃវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="281"/>
        <source>{start} to {end} · {area}</source>
        <translation type="unfinished">{start} ដល់ {end} · {area}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="288"/>
        <source>Generated on {date} by riskedu {version}</source>
        <translation type="unfinished">បង្កើតនៅ {date} ដោយ riskedu {version}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/period_summary.py" line="302"/>
        <location filename="../riskedu/printing/session_summary.py" line="260"/>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished">ទំព័រ {page} នៃ {pages}</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="16"/>
        <source>Do not touch, move or pick up anything that looks like a mine, a bomb or any other explosive item.</source>
        <translation type="unfinished">កុំប៉ះ កុំរើ ឬកុំរើសអ្វីដែលមើលទៅដូចជាមីន គ្រាប់បែក ឬវត្ថុផ្ទុះផ្សេងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="18"/>
        <source>Stay away. Warn others, mark the place if you can do it safely, and go back the way you came.</source>
        <translation type="unfinished">នៅឱ្យឆ្ងាយ។ ប្រាប់អ្នកដទៃ ដាក់សញ្ញាសម្គាល់កន្លែងនោះ បើអាចធ្វើបានដោយសុវត្ថិភាព ហើយត្រឡប់តាមផ្លូវដែលអ្នកបានមក។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="20"/>
        <source>Report it at once to the village chief, the police or a mine action team.</source>
        <translation type="unfinished">រាយការណ៍ភ្លាមៗទៅមេភូមិ នគរបាល ឬក្រុមសកម្មភាពកំចាត់មីន។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="22"/>
        <source>Do not collect, sell or take apart war scrap metal.</source>
        <translation type="unfinished">កុំប្រមូល លក់ ឬរុះរើសំណល់លោហៈពីសង្គ្រាម។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="23"/>
        <source>Do not light fires on land that may hold explosive items.</source>
        <translation type="unfinished">កុំដុតភ្លើងលើដីដែលអាចមានវត្ថុផ្ទុះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="24"/>
        <source>Use only paths and land that people use every day and know to be safe.</source>
        <translation type="unfinished">ប្រើតែផ្លូវ និងដីដែលមនុស្សប្រើរាល់ថ្ងៃ និងដឹងថាមានសុវត្ថិភាព។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="26"/>
        <source>Teach children: if you see it, do not touch it, and tell an adult.</source>
        <translation type="unfinished">បង្រៀនកុមារ៖ បើឃើញ កុំប៉ះ ហើយប្រាប់មនុស្សពេញវ័យ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="44"/>
        <source>Landmines and unexploded ordnance kill and injure. Stay safe:</source>
        <translation type="unfinished">មីន និងគ្រាប់មិនទាន់ផ្ទុះ សម្លាប់ និងធ្វើឱ្យរបួស។ រក្សាសុវត្ថិភាព៖</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/safety_sheet.py" line="62"/>
        <source>Report to:</source>
        <translation type="unfinished">រាយការណ៍ទៅ៖</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="46"/>
        <location filename="../riskedu/printing/session_summary.py" line="230"/>
        <location filename="../riskedu/printing/session_summary.py" line="250"/>
        <source>Session summary</source>
        <translation type="unfinished">សេចក្តីសង្ខេបវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="64"/>
        <source>Location type</source>
        <translation type="unfinished">ប្រភេទទីតាំង</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="65"/>
        <source>Team</source>
        <translation type="unfinished">ក្រុម</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="66"/>
        <source>Facilitators</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="67"/>
        <source>Category</source>
        <translation type="unfinished">ប្រភេទ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="68"/>
        <source>Activity</source>
        <translation type="unfinished">សកម្មភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="69"/>
        <source>Method</source>
        <translation type="unfinished">វិធីសាស្ត្រ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="70"/>
        <source>Number of sessions</source>
        <translation type="unfinished">ចំនួនវគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="71"/>
        <source>Primary audience</source>
        <translation type="unfinished">ក្រុមគោលដៅចម្បង</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="72"/>
        <source>Hazards discussed</source>
        <translation type="unfinished">គ្រោះថ្នាក់ដែលបានពិភាក្សា</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="121"/>
        <source>Female with disability</source>
        <translation type="unfinished">ស្រីមានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="122"/>
        <source>Male with disability</source>
        <translation type="unfinished">ប្រុសមានពិការភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="123"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished">អ្នកទទួលផលលើកដំបូង</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Facilitator</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="156"/>
        <source>Village chief</source>
        <translation type="unfinished">មេភូមិ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="165"/>
        <source>Name</source>
        <translation type="unfinished">ឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="184"/>
        <source>Participants by sex and age</source>
        <translation type="unfinished">អ្នកចូលរួមតាមភេទ និងអាយុ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="188"/>
        <source>Materials handed out</source>
        <translation type="unfinished">សម្ភារៈដែលបានចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="192"/>
        <source>Material</source>
        <translation type="unfinished">សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="193"/>
        <source>Language</source>
        <translation type="unfinished">ភាសា</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="194"/>
        <source>Quantity</source>
        <translation type="unfinished">ចំនួន</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="204"/>
        <source>Hazard reports raised</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់ដែលបានលើកឡើង</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/session_summary.py" line="210"/>
        <source>Description</source>
        <translation type="unfinished">ការពិពណ៌នា</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/records.py" line="13"/>
        <source>No session {session} in this database. Give its report code (as printed on the session summary) or its id.</source>
        <translation type="unfinished">គ្មានវគ្គ {session} ក្នុងមូលដ្ឋានទិន្នន័យនេះទេ។ ផ្តល់លេខកូដរបាយការណ៍ (ដូចបោះពុម្ពលើសេចក្តីសង្ខេបវគ្គ) ឬលេខសម្គាល់។</translation>
    </message>
</context>
<context>
    <name>print_details</name>
    <message>
        <location filename="../riskedu/core/print_details.py" line="22"/>
        <source>{name} is not a picture. Choose a PNG or JPEG file for the logo.</source>
        <translation type="unfinished">{name} មិនមែនជារូបភាពទេ។ ជ្រើសឯកសារ PNG ឬ JPEG សម្រាប់និមិត្តសញ្ញា។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="24"/>
        <source>{field} is longer than {limit} characters. Shorten it.</source>
        <translation type="unfinished">{field} វែងជាង {limit} តួអក្សរ។ សូមកាត់ឱ្យខ្លី។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="81"/>
        <source>The signatory&apos;s name</source>
        <translation type="unfinished">ឈ្មោះអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="82"/>
        <source>The signatory&apos;s title</source>
        <translation type="unfinished">តួនាទីអ្នកចុះហត្ថលេខា</translation>
    </message>
    <message>
        <location filename="../riskedu/core/print_details.py" line="83"/>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished">ឈ្មោះអង្គការ</translation>
    </message>
</context>
<context>
    <name>print_files</name>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="23"/>
        <source>The prepared document is gone from the temporary folder. Close this preview and prepare the document again.</source>
        <translation type="unfinished">ឯកសារដែលបានរៀបចំបានបាត់ពីថតបណ្តោះអាសន្ន។ សូមបិទការមើលជាមុននេះ ហើយរៀបចំឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="26"/>
        <source>riskedu may not write in the folder {folder}: it is read-only or belongs to someone else. Choose another folder, such as your Documents, and save again.</source>
        <translation type="unfinished">riskedu មិនអាចសរសេរក្នុងថត {folder} បានទេ៖ វាអាចអានបានតែប៉ុណ្ណោះ ឬជារបស់អ្នកផ្សេង។ សូមជ្រើសថតផ្សេង ដូចជា Documents របស់អ្នក ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="29"/>
        <source>The disk of {folder} is full. Free some space or choose another disk (a USB stick), and save again.</source>
        <translation type="unfinished">ថាសនៃ {folder} ពេញហើយ។ សូមបង្កើនទំហំទំនេរ ឬជ្រើសថាសផ្សេង (USB) ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="32"/>
        <source>The folder {folder} no longer exists (a USB stick taken out?). Choose another folder and save again.</source>
        <translation type="unfinished">ថត {folder} លែងមានទៀតហើយ (USB ត្រូវបានដកចេញ?)។ សូមជ្រើសថតផ្សេង ហើយរក្សាទុកម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/print_files.py" line="35"/>
        <source>Could not save {file}: {reason}. Nothing was written; try another folder.</source>
        <translation type="unfinished">មិនអាចរក្សាទុក {file} បានទេ៖ {reason}។ គ្មានអ្វីត្រូវបានសរសេរទេ សូមសាកល្បងថតផ្សេង។</translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="44"/>
        <source>Female</source>
        <translation type="unfinished">ស្រី</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="45"/>
        <source>Male</source>
        <translation type="unfinished">ប្រុស</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="38"/>
        <source>Draft</source>
        <translation type="unfinished">សេចក្តីព្រាង</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="39"/>
        <source>Final</source>
        <translation type="unfinished">ចុងក្រោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="40"/>
        <source>Exported</source>
        <translation type="unfinished">បាននាំចេញ</translation>
    </message>
</context>
<context>
    <name>stock_kind</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="168"/>
        <source>Received</source>
        <translation type="unfinished">បានទទួល</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="169"/>
        <source>Handed out</source>
        <translation type="unfinished">បានចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="170"/>
        <source>Adjusted</source>
        <translation type="unfinished">បានកែតម្រូវ</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="31"/>
        <source>Out (exported)</source>
        <translation type="unfinished">ចេញ (បាននាំចេញ)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="32"/>
        <source>In (imported)</source>
        <translation type="unfinished">ចូល (បាននាំចូល)</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="93"/>
        <source>When</source>
        <translation type="unfinished">ពេលណា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="94"/>
        <source>Direction</source>
        <translation type="unfinished">ទិស</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="95"/>
        <source>File</source>
        <translation type="unfinished">ឯកសារ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="96"/>
        <source>From</source>
        <translation type="unfinished">ពី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="98"/>
        <source>Records</source>
        <translation type="unfinished">កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="100"/>
        <source>By</source>
        <translation type="unfinished">ដោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="111"/>
        <source>Installation</source>
        <translation type="unfinished">ការដំឡើង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="112"/>
        <source>Fingerprint</source>
        <translation type="unfinished">ស្នាមម្រាមដៃឌីជីថល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="114"/>
        <source>Accepted</source>
        <translation type="unfinished">បានទទួលយក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="116"/>
        <source>Accepted by</source>
        <translation type="unfinished">ទទួលយកដោយ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="128"/>
        <source>Table</source>
        <translation type="unfinished">តារាង</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="130"/>
        <source>Record</source>
        <translation type="unfinished">កំណត់ត្រា</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="132"/>
        <source>Kept version of</source>
        <translation type="unfinished">កំណែដែលរក្សាទុកនៃ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="134"/>
        <source>Kept version from</source>
        <translation type="unfinished">កំណែដែលរក្សាទុកពី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="135"/>
        <source>this installation</source>
        <translation type="unfinished">ការដំឡើងនេះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_lists.py" line="137"/>
        <source>Found</source>
        <translation type="unfinished">បានរកឃើញ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="16"/>
        <source>Organisations</source>
        <translation type="unfinished">អង្គការ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="17"/>
        <source>Teams</source>
        <translation type="unfinished">ក្រុម</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="18"/>
        <source>Facilitators</source>
        <translation type="unfinished">អ្នកសម្របសម្រួល</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="19"/>
        <source>Sessions</source>
        <translation type="unfinished">វគ្គ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="20"/>
        <source>Roster</source>
        <translation type="unfinished">បញ្ជីឈ្មោះ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="21"/>
        <source>Hazard reports</source>
        <translation type="unfinished">របាយការណ៍គ្រោះថ្នាក់</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="22"/>
        <source>Status changes</source>
        <translation type="unfinished">ការផ្លាស់ប្តូរស្ថានភាព</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="23"/>
        <source>Materials</source>
        <translation type="unfinished">សម្ភារៈ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="24"/>
        <source>Materials handed out</source>
        <translation type="unfinished">សម្ភារៈដែលបានចែក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="25"/>
        <source>Stock movements</source>
        <translation type="unfinished">ចលនាស្តុក</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="29"/>
        <source>New</source>
        <translation type="unfinished">ថ្មី</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="30"/>
        <source>Updated</source>
        <translation type="unfinished">បានកែប្រែ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="31"/>
        <source>Unchanged</source>
        <translation type="unfinished">មិនផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="32"/>
        <source>Deleted</source>
        <translation type="unfinished">បានលុប</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="33"/>
        <source>Conflicting</source>
        <translation type="unfinished">ប៉ះទង្គិច</translation>
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
        <translation type="unfinished">បាទ/ចាស</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/conflict_text.py" line="61"/>
        <source>no</source>
        <translation type="unfinished">ទេ</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="74"/>
        <source>{name} is not a known installation (fingerprint {fingerprint}). Tick “Accept this installation” to import its bundles.</source>
        <translation type="unfinished">{name} មិនមែនជាការដំឡើងដែលស្គាល់ទេ (ស្នាមម្រាមដៃឌីជីថល {fingerprint})។ សូមធីក «ទទួលយកការដំឡើងនេះ» ដើម្បីនាំចូលកញ្ចប់ឯកសាររបស់វា។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="79"/>
        <source>This is not a usable enrolment file from your headquarters ({reason}). Ask headquarters for its enrolment file again.</source>
        <translation type="unfinished">នេះមិនមែនជាឯកសារចុះឈ្មោះដែលអាចប្រើបានពីការិយាល័យកណ្តាលរបស់អ្នកទេ ({reason})។ សូមស្នើសុំឯកសារចុះឈ្មោះពីការិយាល័យកណ្តាលម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="83"/>
        <source>This conflict was resolved already, or its record no longer exists. The list has been refreshed.</source>
        <translation type="unfinished">ការប៉ះទង្គិចទិន្នន័យនេះត្រូវបានដោះស្រាយរួចហើយ ឬកំណត់ត្រារបស់វាលែងមានទៀតហើយ។ បញ្ជីត្រូវបានផ្ទុកឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sync_text.py" line="87"/>
        <source>Could not use {file}: {reason}. If it is a USB stick, check that it is still plugged in, not full and not write-protected, then try again. Nothing was marked as sent or imported.</source>
        <translation type="unfinished">មិនអាចប្រើ {file} បានទេ៖ {reason}។ បើវាជា USB សូមពិនិត្យថាវានៅតែដោតជាប់ មិនពេញ និងមិនត្រូវបានការពារការសរសេរ រួចព្យាយាមម្តងទៀត។ គ្មានអ្វីត្រូវបានសម្គាល់ថាបានផ្ញើ ឬបាននាំចូលទេ។</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../riskedu/core/materials.py" line="27"/>
        <source>Enter the material&apos;s title.</source>
        <translation type="unfinished">បញ្ចូលចំណងជើងរបស់សម្ភារៈ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="28"/>
        <source>Choose the language of title {row}.</source>
        <translation type="unfinished">ជ្រើសរើសភាសារបស់ចំណងជើងទី {row}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="29"/>
        <source>Title {row} has a language but no text.</source>
        <translation type="unfinished">ចំណងជើងទី {row} មានភាសា ប៉ុន្តែគ្មានអក្សរ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="30"/>
        <source>Title {row} is longer than {max} letters.</source>
        <translation type="unfinished">ចំណងជើងទី {row} វែងជាង {max} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="31"/>
        <source>Two titles are in the same language ({row}); keep one for each language.</source>
        <translation type="unfinished">ចំណងជើងពីរមានភាសាដូចគ្នា ({row})។ រក្សាទុកតែមួយសម្រាប់ភាសានីមួយៗ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="33"/>
        <source>Choose the type of material.</source>
        <translation type="unfinished">ជ្រើសរើសប្រភេទសម្ភារៈ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="34"/>
        <source>Unknown code: {code}.</source>
        <translation type="unfinished">លេខកូដមិនស្គាល់៖ {code}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="35"/>
        <source>The edition is longer than {max} letters.</source>
        <translation type="unfinished">បោះពុម្ពលើក វែងជាង {max} តួអក្សរ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="36"/>
        <source>The low-stock warning must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">ការព្រមានស្តុកទាប ត្រូវតែជាចំនួនគត់ពី 0 ដល់ {max}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="38"/>
        <source>{title} was handed out at {count} sessions, so it cannot be deleted: retire it instead (its history stays).</source>
        <translation type="unfinished">{title} ត្រូវបានចែកនៅវគ្គ {count} ដូច្នេះមិនអាចលុបបានទេ៖ សូមឈប់ប្រើវាជំនួសវិញ (ប្រវត្តិរបស់វានៅដដែល)។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/materials.py" line="41"/>
        <source>The material&apos;s file is missing from the file store. Add the file again.</source>
        <translation type="unfinished">ឯកសាររបស់សម្ភារៈបាត់ពីឃ្លាំងឯកសារ។ សូមបន្ថែមឯកសារម្តងទៀត។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="31"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished">បញ្ចូលឈ្មោះអង្គការ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="32"/>
        <source>Enter a short organisation code of letters and digits (at most 12).</source>
        <translation type="unfinished">បញ្ចូលលេខកូដអង្គការខ្លីៗ ជាអក្សរ និងលេខ (យ៉ាងច្រើន 12)។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="34"/>
        <source>Enter the team&apos;s name.</source>
        <translation type="unfinished">បញ្ចូលឈ្មោះក្រុម។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="35"/>
        <source>Enter your name.</source>
        <translation type="unfinished">បញ្ចូលឈ្មោះរបស់អ្នក។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="36"/>
        <source>Enter the facilitator&apos;s name.</source>
        <translation type="unfinished">បញ្ចូលឈ្មោះអ្នកសម្របសម្រួល។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="27"/>
        <source>Choose the material of line {row}.</source>
        <translation type="unfinished">ជ្រើសរើសសម្ភារៈនៃបន្ទាត់ទី {row}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="28"/>
        <source>Line {row}: the material is not in the catalogue any more.</source>
        <translation type="unfinished">បន្ទាត់ទី {row}៖ សម្ភារៈលែងមានក្នុងកាតាឡុកទៀតហើយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="30"/>
        <source>Line {row}: {title} is retired and cannot be handed out any more.</source>
        <translation type="unfinished">បន្ទាត់ទី {row}៖ {title} ឈប់ប្រើហើយ មិនអាចចែកបានទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="32"/>
        <source>Line {row}: the quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">បន្ទាត់ទី {row}៖ ចំនួនត្រូវតែជាចំនួនគត់ពី 1 ដល់ {max}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="34"/>
        <source>Line {row}: unknown language {code}.</source>
        <translation type="unfinished">បន្ទាត់ទី {row}៖ ភាសាមិនស្គាល់ {code}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/session_stock.py" line="35"/>
        <source>Only {balance} of {title} in stock, but this session would hand out {quantity} more. Record the stock received first, or count the stock if the record is wrong (Materials page).</source>
        <translation type="unfinished">មាន {title} តែ {balance} ក្នុងស្តុក ប៉ុន្តែវគ្គនេះនឹងចែក {quantity} ទៀត។ សូមកត់ត្រាស្តុកដែលបានទទួលជាមុនសិន ឬរាប់ស្តុក ប្រសិនបើកំណត់ត្រាខុស (ទំព័រសម្ភារៈ)។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/sessions.py" line="138"/>
        <source>This record is final. Reopen it for correction before editing.</source>
        <translation type="unfinished">កំណត់ត្រានេះជាចុងក្រោយ។ បើកវាឡើងវិញដើម្បីកែតម្រូវ មុនពេលកែប្រែ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="26"/>
        <source>The quantity must be a whole number from 1 to {max}.</source>
        <translation type="unfinished">ចំនួនត្រូវតែជាចំនួនគត់ពី 1 ដល់ {max}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="28"/>
        <source>The number counted must be a whole number from 0 to {max}.</source>
        <translation type="unfinished">ចំនួនដែលបានរាប់ ត្រូវតែជាចំនួនគត់ពី 0 ដល់ {max}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="30"/>
        <source>The correction must be a whole number other than 0, at most {max} either way.</source>
        <translation type="unfinished">ការកែតម្រូវត្រូវតែជាចំនួនគត់ក្រៅពី 0 យ៉ាងច្រើន {max} ទាំងសងខាង។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="33"/>
        <source>Enter where the stock came from (for example the warehouse or the donor).</source>
        <translation type="unfinished">បញ្ចូលប្រភពនៃស្តុក (ឧទាហរណ៍ ឃ្លាំង ឬម្ចាស់ជំនួយ)។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="35"/>
        <source>Choose why the stock is adjusted.</source>
        <translation type="unfinished">ជ្រើសរើសមូលហេតុនៃការកែតម្រូវស្តុក។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="36"/>
        <source>Explain the correction in the note.</source>
        <translation type="unfinished">ពន្យល់ការកែតម្រូវក្នុងកំណត់ចំណាំ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="37"/>
        <source>The date must be between 1990 and today.</source>
        <translation type="unfinished">កាលបរិច្ឆេទត្រូវតែនៅចន្លោះឆ្នាំ 1990 និងថ្ងៃនេះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="39"/>
        <source>Unknown language: {code}.</source>
        <translation type="unfinished">ភាសាមិនស្គាល់៖ {code}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/stock.py" line="40"/>
        <source>Only {balance} in stock: taking away {quantity} would leave less than nothing. If there is more on the shelf than the record says, count the stock first (Adjust stock → Counted).</source>
        <translation type="unfinished">មានតែ {balance} ក្នុងស្តុក៖ ការដក {quantity} ចេញ នឹងនៅសល់តិចជាងសូន្យ។ ប្រសិនបើនៅលើធ្នើមានច្រើនជាងកំណត់ត្រា សូមរាប់ស្តុកជាមុនសិន (កែតម្រូវស្តុក › បានរាប់)។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="31"/>
        <source>Attendance must be a whole number.</source>
        <translation type="unfinished">ចំនួនអ្នកចូលរួមត្រូវតែជាចំនួនគត់។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="34"/>
        <source>Attendance cannot be negative.</source>
        <translation type="unfinished">ចំនួនអ្នកចូលរួមមិនអាចអវិជ្ជមានបានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="37"/>
        <source>Attendance cannot be more than {max}.</source>
        <translation type="unfinished">ចំនួនអ្នកចូលរួមមិនអាចលើសពី {max} បានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="40"/>
        <source>Women and girls with disability ({count}) cannot be more than the female attendees ({total}).</source>
        <translation type="unfinished">ស្ត្រី និងក្មេងស្រីមានពិការភាព ({count}) មិនអាចច្រើនជាងអ្នកចូលរួមភេទស្រី ({total}) បានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="44"/>
        <source>Men and boys with disability ({count}) cannot be more than the male attendees ({total}).</source>
        <translation type="unfinished">បុរស និងក្មេងប្រុសមានពិការភាព ({count}) មិនអាចច្រើនជាងអ្នកចូលរួមភេទប្រុស ({total}) បានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="48"/>
        <source>First-time beneficiaries ({count}) cannot be more than all attendees ({total}).</source>
        <translation type="unfinished">អ្នកទទួលផលលើកដំបូង ({count}) មិនអាចច្រើនជាងអ្នកចូលរួមទាំងអស់ ({total}) បានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="52"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished">កាលបរិច្ឆេទមិនអាចនៅថ្ងៃអនាគតបានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="53"/>
        <source>The date cannot be before 1990.</source>
        <translation type="unfinished">កាលបរិច្ឆេទមិនអាចមុនឆ្នាំ 1990 បានទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="54"/>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished">ម៉ោងបញ្ចប់ត្រូវតែក្រោយម៉ោងចាប់ផ្តើម។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="57"/>
        <source>The number of sessions must be between 1 and {max}.</source>
        <translation type="unfinished">ចំនួនវគ្គត្រូវតែនៅចន្លោះ 1 និង {max}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="60"/>
        <source>The broadcast must end after it starts.</source>
        <translation type="unfinished">ការផ្សាយត្រូវតែបញ្ចប់ក្រោយពេលវាចាប់ផ្តើម។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="63"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation type="unfinished">រយៈទទឹងត្រូវតែនៅចន្លោះ -90 និង 90។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="66"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation type="unfinished">រយៈបណ្តោយត្រូវតែនៅចន្លោះ -180 និង 180។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="69"/>
        <source>Unknown hazard type: {code}.</source>
        <translation type="unfinished">ប្រភេទគ្រោះថ្នាក់មិនស្គាល់៖ {code}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="70"/>
        <source>Participant {row} has no name.</source>
        <translation type="unfinished">អ្នកចូលរួមទី {row} គ្មានឈ្មោះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="71"/>
        <source>Participant {row}: age must be between 0 and 120.</source>
        <translation type="unfinished">អ្នកចូលរួមទី {row}៖ អាយុត្រូវតែនៅចន្លោះ 0 និង 120។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="74"/>
        <source>Enter the date of the session.</source>
        <translation type="unfinished">បញ្ចូលកាលបរិច្ឆេទនៃវគ្គ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="75"/>
        <source>Choose a village, or type the place if the village is not in the list.</source>
        <translation type="unfinished">ជ្រើសរើសភូមិ ឬវាយទីកន្លែង ប្រសិនបើភូមិមិនមានក្នុងបញ្ជី។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="78"/>
        <source>Add at least one facilitator.</source>
        <translation type="unfinished">បន្ថែមអ្នកសម្របសម្រួលយ៉ាងហោចណាស់ម្នាក់។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="79"/>
        <source>Choose a category.</source>
        <translation type="unfinished">ជ្រើសរើសប្រភេទ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="80"/>
        <source>Choose an activity.</source>
        <translation type="unfinished">ជ្រើសរើសសកម្មភាព។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="81"/>
        <source>Choose a method.</source>
        <translation type="unfinished">ជ្រើសរើសវិធីសាស្ត្រ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="82"/>
        <source>Choose the primary audience.</source>
        <translation type="unfinished">ជ្រើសរើសក្រុមគោលដៅចម្បង។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="83"/>
        <source>Choose the type of location.</source>
        <translation type="unfinished">ជ្រើសរើសប្រភេទទីតាំង។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="84"/>
        <source>This activity does not belong to the chosen category.</source>
        <translation type="unfinished">សកម្មភាពនេះមិនស្ថិតក្នុងប្រភេទដែលបានជ្រើសរើសទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="87"/>
        <source>Enter at least one attendee (only media activities may have none).</source>
        <translation type="unfinished">បញ្ចូលអ្នកចូលរួមយ៉ាងហោចណាស់ម្នាក់ (មានតែសកម្មភាពតាមប្រព័ន្ធផ្សព្វផ្សាយប៉ុណ្ណោះដែលអាចគ្មាន)។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="34"/>
        <source>The passphrase must have at least {min} characters; a few words are easy to remember and hard to guess.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ត្រូវមានយ៉ាងហោចណាស់ {min} តួអក្សរ។ ពាក្យពីរបីងាយចងចាំ និងពិបាកទាយ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="37"/>
        <source>The two passphrases are not the same. Type the new passphrase twice.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមវាយពាក្យសម្ងាត់ថ្មីពីរដង។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="39"/>
        <source>The current passphrase is wrong, so nothing was changed.</source>
        <translation type="unfinished">ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវ ដូច្នេះគ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/app_lock.py" line="41"/>
        <source>Lock after a whole number of minutes from {min} to {max}.</source>
        <translation type="unfinished">ចាក់សោបន្ទាប់ពីចំនួនគត់នាទីពី {min} ដល់ {max}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="33"/>
        <source>{what} was deleted and then exported: the deletion has travelled and cannot be undone here any more.</source>
        <translation type="unfinished">{what} ត្រូវបានលុប ហើយបាននាំចេញ៖ ការលុបបានធ្វើដំណើររួចហើយ ហើយមិនអាចមិនធ្វើវិញនៅទីនេះទៀតទេ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="36"/>
        <source>This item is no longer in the trash. The list has been refreshed.</source>
        <translation type="unfinished">ធាតុនេះលែងនៅក្នុងធុងសំរាមទៀតហើយ។ បញ្ជីត្រូវបានផ្ទុកឡើងវិញ។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="38"/>
        <source>The session of {what} was deleted too. Restore the session {code} first.</source>
        <translation type="unfinished">វគ្គរបស់ {what} ក៏ត្រូវបានលុបដែរ។ សូមស្ដារវគ្គ {code} ជាមុនសិន។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="40"/>
        <source>The session {code} is final. Reopen it for correction, then restore {what}.</source>
        <translation type="unfinished">វគ្គ {code} ជាចុងក្រោយហើយ។ សូមបើកវាឡើងវិញដើម្បីកែតម្រូវ រួចស្ដារ {what}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="43"/>
        <source>{title} was deleted from the catalogue. Restore it first, then {what}.</source>
        <translation type="unfinished">{title} ត្រូវបានលុបចេញពីកាតាឡុក។ សូមស្ដារវាជាមុនសិន រួច {what}។</translation>
    </message>
    <message>
        <location filename="../riskedu/core/trash.py" line="45"/>
        <source>Only {balance} of {title} in stock, but {what} handed out {quantity}. Record the stock received first, then restore it.</source>
        <translation type="unfinished">{title} មានក្នុងស្តុកតែ {balance} ប៉ុណ្ណោះ ប៉ុន្តែ {what} បានចែក {quantity}។ សូមកត់ត្រាស្តុកដែលបានទទួលជាមុនសិន រួចស្ដារវា។</translation>
    </message>
</context>
<context>
    <name>verify</name>
    <message>
        <location filename="../riskedu/printing/verify.py" line="30"/>
        <source>Genuine: certificate {number} was issued to {name} for the session of {date} in {village}, and signed by {issuer}.</source>
        <translation type="unfinished">ពិត៖ វិញ្ញាបនបត្រ {number} ត្រូវបានចេញជូន {name} សម្រាប់វគ្គថ្ងៃ {date} នៅ {village} និងចុះហត្ថលេខាដោយ {issuer}។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="33"/>
        <source>Not genuine: the signature does not match what the certificate says. It was altered or forged.</source>
        <translation type="unfinished">មិនពិត៖ ហត្ថលេខាមិនត្រូវនឹងអ្វីដែលវិញ្ញាបនបត្រសរសេរទេ។ វាត្រូវបានកែប្រែ ឬក្លែងបន្លំ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="36"/>
        <source>Cannot be checked here: it was signed by an installation this database does not know. Check it at headquarters, which knows every team&apos;s installation.</source>
        <translation type="unfinished">មិនអាចពិនិត្យនៅទីនេះបានទេ៖ វាត្រូវបានចុះហត្ថលេខាដោយការដំឡើងដែលមូលដ្ឋានទិន្នន័យនេះមិនស្គាល់។ សូមពិនិត្យនៅទីស្នាក់ការកណ្តាល ដែលស្គាល់ការដំឡើងរបស់គ្រប់ក្រុម។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="39"/>
        <source>This is not a riskedu certificate code. Scan the QR code again or type the certificate number printed under it.</source>
        <translation type="unfinished">នេះមិនមែនជាកូដវិញ្ញាបនបត្រ riskedu ទេ។ ស្កេនកូដ QR ម្តងទៀត ឬវាយលេខវិញ្ញាបនបត្រដែលបោះពុម្ពនៅខាងក្រោម។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="42"/>
        <source>Recorded: certificate {number} belongs to {name}, session of {date} in {village}. Check that the printed name is the same.</source>
        <translation type="unfinished">មានកត់ត្រា៖ វិញ្ញាបនបត្រ {number} ជារបស់ {name} វគ្គថ្ងៃ {date} នៅ {village}។ ពិនិត្យថាឈ្មោះដែលបោះពុម្ពដូចគ្នា។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="45"/>
        <source>No certificate {number} is recorded in this database. It was not issued here, or its session has not reached this database yet.</source>
        <translation type="unfinished">គ្មានវិញ្ញាបនបត្រ {number} ត្រូវបានកត់ត្រាក្នុងមូលដ្ឋានទិន្នន័យនេះទេ។ វាមិនត្រូវបានចេញនៅទីនេះ ឬវគ្គរបស់វាមិនទាន់មកដល់មូលដ្ឋានទិន្នន័យនេះ។</translation>
    </message>
    <message>
        <location filename="../riskedu/printing/verify.py" line="48"/>
        <source>this installation</source>
        <translation type="unfinished">ការដំឡើងនេះ</translation>
    </message>
</context>
</TS>
