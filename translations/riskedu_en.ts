<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddFacilitatorDialog</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="60"/>
        <source>Add a facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="62"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="64"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="65"/>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="73"/>
        <source>Could not add the facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="96"/>
        <source>People who attended, by sex and age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="97"/>
        <source>Derived totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="98"/>
        <source>Among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="101"/>
        <source>&amp;Female:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="102"/>
        <source>&amp;Male:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="103"/>
        <source>&lt;b&gt;Total&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="104"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Girls (under 18):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="105"/>
        <source>Boys (under 18):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Women (18 and over):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="106"/>
        <source>Men (18 and over):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="107"/>
        <source>Everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="111"/>
        <source>Women and girls with &amp;disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="112"/>
        <source>Men and &amp;boys with disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="113"/>
        <source>F&amp;irst-time beneficiaries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/attendance_grid.py" line="115"/>
        <source>Count each person once, in their age band. Disability: a lot of difficulty or more in seeing, hearing, walking, remembering, self-care or communicating. Media activities (radio, TV, …) may have no attendees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="88"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="89"/>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="90"/>
        <source>Only sessions on or after this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="91"/>
        <source>Only sessions on or before this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="92"/>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="93"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="94"/>
        <source>Search report code, village, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="95"/>
        <source>Clea&amp;r filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="96"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="98"/>
        <location filename="../riskedu/ui/filter_bar.py" line="103"/>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/filter_bar.py" line="100"/>
        <location filename="../riskedu/ui/filter_bar.py" line="112"/>
        <source>All districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="100"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="101"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="102"/>
        <source>For whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="103"/>
        <source>Session &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;Start time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="104"/>
        <source>&amp;End time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Report date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="105"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="106"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="107"/>
        <source>Number of sessi&amp;ons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="108"/>
        <source>&amp;Broadcast from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="109"/>
        <source>Broadcast &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Primary aud&amp;ience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="110"/>
        <source>Pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="111"/>
        <source>Do&amp;nor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="114"/>
        <source>No&amp;tes (follow-up, materials given out, remarks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="116"/>
        <location filename="../riskedu/ui/editor_general.py" line="118"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="120"/>
        <source>Type the time as HH:MM, for example 08:30 or 1430</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="123"/>
        <location filename="../riskedu/ui/editor_general.py" line="124"/>
        <location filename="../riskedu/ui/editor_general.py" line="128"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardsSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="203"/>
        <source>Hazards discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="204"/>
        <source>Hazard reports raised by participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="206"/>
        <source>One line for each suspected hazard or dangerous area people told you about, and to whom you passed it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="210"/>
        <source>Add re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="210"/>
        <source>Re&amp;move report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesTable</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="37"/>
        <source>Name in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="38"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="39"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="42"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="45"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="46"/>
        <source>Ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="48"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="49"/>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationSection</name>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="108"/>
        <source>Find a village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="109"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="110"/>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="111"/>
        <source>Type part of its Khmer or English na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="112"/>
        <source>e.g. Ou Thum, or អូរ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="114"/>
        <source>Press Down to go to the results and Enter to choose one. Choosing a village fills in its province, district and commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="116"/>
        <source>&amp;Province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="116"/>
        <source>&amp;District:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="117"/>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="117"/>
        <source>Vill&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="118"/>
        <source>Place &amp;not in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="119"/>
        <source>&amp;Type of location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>Lat&amp;itude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="120"/>
        <source>Lon&amp;gitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="121"/>
        <source>Acc&amp;uracy (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="124"/>
        <source>Only when the village is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="125"/>
        <source>&amp;Safe to record the GPS position of this place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="126"/>
        <location filename="../riskedu/ui/location_picker.py" line="137"/>
        <source>Choose a province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="127"/>
        <location filename="../riskedu/ui/location_picker.py" line="137"/>
        <source>Choose a district…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="128"/>
        <location filename="../riskedu/ui/location_picker.py" line="138"/>
        <source>Choose a commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="129"/>
        <location filename="../riskedu/ui/location_picker.py" line="139"/>
        <source>Choose a village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/location_picker.py" line="132"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="79"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="80"/>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="81"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="82"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="84"/>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="84"/>
        <source>Log a new session (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="85"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="85"/>
        <source>Open the selected session (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="87"/>
        <source>&amp;Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="88"/>
        <source>Check every rule and make the selected draft final (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="89"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="90"/>
        <source>Make the selected final record a draft again; who and when is recorded (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="92"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="92"/>
        <source>Delete the selected session (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="93"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="93"/>
        <source>Search the sessions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="94"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="94"/>
        <source>Show every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="95"/>
        <source>Read the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="96"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="96"/>
        <source>Close riskedu (Ctrl+Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="97"/>
        <source>&amp;About riskedu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="122"/>
        <source>About riskedu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="123"/>
        <source>&lt;b&gt;riskedu {version}&lt;/b&gt;&lt;br&gt;Field logbook for explosive ordnance risk education.&lt;br&gt;&lt;br&gt;Cambodian administrative units: General Directorate of Digital Economy, Ministry of Economy and Finance (data.mef.gov.kh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="138"/>
        <source>Not ready to be final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="139"/>
        <source>{code} cannot be final yet:
{problems}

Open it to complete it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="147"/>
        <source>Could not finalise the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="156"/>
        <source>Reopen for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="157"/>
        <source>Reopen {code} for correction? It becomes a draft again; your name and the time are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="161"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="171"/>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="172"/>
        <source>Delete session {code} ({village}, {date})? It disappears from the list and from totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="179"/>
        <source>Could not delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_actions.py" line="186"/>
        <source>Deleted {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="106"/>
        <source>riskedu – {org} · {team} · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="109"/>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="187"/>
        <source>Could not start a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="192"/>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="217"/>
        <source>Saved {code} as final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="218"/>
        <source>Saved {code} as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="223"/>
        <source>Reopened {code} for correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="232"/>
        <source>a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="235"/>
        <source>Restore unsaved edit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/main_window.py" line="236"/>
        <source>riskedu was closed while you were editing {what} (last change {when}). Restore the session you were editing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="113"/>
        <source>Facilitators (tick everyone who ran the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="114"/>
        <source>Participants by name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="116"/>
        <source>Only needed for certificates and follow-up. Attendance counts are entered on the Attendance tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="118"/>
        <source>&amp;Add facilitator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="119"/>
        <source>Add pe&amp;rson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="119"/>
        <source>Remove p&amp;erson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/editor_lists.py" line="157"/>
        <source>Unknown facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="128"/>
        <source>&amp;1 Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="128"/>
        <source>&amp;2 Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="129"/>
        <source>&amp;3 Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="129"/>
        <source>&amp;4 People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="130"/>
        <source>&amp;5 Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="133"/>
        <source>Session {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="133"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="134"/>
        <source>{title} – riskedu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="139"/>
        <source>This record is final: you can read it but not change it. Reopen it for correction to change it; the reopening is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="142"/>
        <source>Sa&amp;ve draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="143"/>
        <source>Save without checking completeness (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="144"/>
        <source>Save as fina&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="145"/>
        <source>Check every rule and save as a final record (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="147"/>
        <source>&amp;Reopen for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="148"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="149"/>
        <source>Alt+1…5 switch tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="150"/>
        <source>Alt+1…5 switch tabs · Ctrl+S save draft · Ctrl+Enter save as final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="195"/>
        <source>Could not keep a safety copy of this edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="220"/>
        <source>The session was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="237"/>
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="272"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="273"/>
        <source>This session has changes that are not saved. Save them as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/session_editor.py" line="290"/>
        <source>Could not reopen the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="31"/>
        <source>Report code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="32"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="33"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="34"/>
        <source>Village / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="36"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="37"/>
        <source>Girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="38"/>
        <source>Boys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="39"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="40"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="41"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="42"/>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/sessions_model.py" line="258"/>
        <source>Place not in the gazetteer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="84"/>
        <source>Set up riskedu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="86"/>
        <source>&lt;b&gt;Welcome to riskedu.&lt;/b&gt; Tell it once who you work for: every session you log on this laptop carries your organisation, team and name. You can log sessions without any internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="90"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="91"/>
        <source>Organisation &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="92"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="93"/>
        <source>Team c&amp;ode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="94"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="95"/>
        <source>Your &amp;sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="96"/>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="97"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="101"/>
        <source>e.g. HALO Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="103"/>
        <source>Short, for report codes, e.g. HALO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="104"/>
        <source>e.g. Risk education team 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="105"/>
        <source>Optional, e.g. T3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="106"/>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="107"/>
        <source>Cambodia (administrative units 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/setup_dialog.py" line="138"/>
        <source>Could not save the set-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsBar</name>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="38"/>
        <source>&lt;b&gt;Totals of the list&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="39"/>
        <source>Girls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Boys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="40"/>
        <source>Women:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Men:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="41"/>
        <source>Everyone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="42"/>
        <source>With disability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/totals_bar.py" line="46"/>
        <source>Persons with disability (Washington Group: a lot of difficulty or more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>activity</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="67"/>
        <source>Safety briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="68"/>
        <source>Direct risk education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="69"/>
        <source>Material distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="70"/>
        <source>Radio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="71"/>
        <source>TV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="72"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="73"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="74"/>
        <source>Printed press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="75"/>
        <source>Training of teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="76"/>
        <source>Community focal point training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>age_band</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="50"/>
        <source>0–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="51"/>
        <source>6–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="52"/>
        <source>13–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="53"/>
        <source>18–49</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="54"/>
        <source>50–59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="55"/>
        <source>60+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audience</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="97"/>
        <source>Community focal points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="98"/>
        <source>Community leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="99"/>
        <source>Farmers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="100"/>
        <source>Health workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="101"/>
        <source>Reconstruction workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="102"/>
        <source>Refugees / IDPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="103"/>
        <source>Religious leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="104"/>
        <source>Scrap metal collectors / dealers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="105"/>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="106"/>
        <source>Children / students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="107"/>
        <source>Convoy drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="108"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>category</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="61"/>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="62"/>
        <source>Indirect (media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="63"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../riskedu/core/db/files.py" line="12"/>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="13"/>
        <source>{path} is not a riskedu database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="16"/>
        <source>{path} cannot be read as a database ({reason}). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/files.py" line="18"/>
        <source>{path} is a database of another program, not riskedu&apos;s. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/db/migrate.py" line="33"/>
        <source>This database was made by a newer version of riskedu (schema {revision}). Update riskedu to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../riskedu/ui/editor_general.py" line="38"/>
        <source>Enter the time as HH:MM, for example 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../riskedu/ui/text.py" line="20"/>
        <source>Session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="21"/>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="22"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="23"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="24"/>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="25"/>
        <source>Place not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="26"/>
        <source>Type of location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="27"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="28"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="29"/>
        <source>GPS accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="30"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="31"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="32"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="33"/>
        <source>Number of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="34"/>
        <source>Broadcast start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="35"/>
        <source>Broadcast end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="36"/>
        <source>Primary audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="37"/>
        <source>Hazards discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="38"/>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="39"/>
        <source>Women and girls with disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="40"/>
        <source>Men and boys with disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="41"/>
        <source>First-time beneficiaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="42"/>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="43"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="44"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="45"/>
        <source>Hazard reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="47"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="48"/>
        <source>Organisation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="49"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="50"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/ui/text.py" line="78"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hazard</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="125"/>
        <source>Anti-personnel landmines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="126"/>
        <source>Anti-vehicle landmines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="127"/>
        <source>Cluster munition remnants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="128"/>
        <source>Unexploded ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="129"/>
        <source>Abandoned explosive ordnance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="130"/>
        <source>Improvised explosive devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="131"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>location_type</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="112"/>
        <source>Camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="113"/>
        <source>Child-friendly space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="114"/>
        <source>Community centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="115"/>
        <source>Education facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="116"/>
        <source>Farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="117"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="118"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="119"/>
        <source>Medical facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="120"/>
        <source>Religious site (pagoda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="121"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>method</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="88"/>
        <source>Interactive group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="89"/>
        <source>House to house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="90"/>
        <source>Focus group discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="91"/>
        <source>Peer-to-peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="92"/>
        <source>Theatre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="93"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>participant_role</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="135"/>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="136"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="137"/>
        <source>Community focal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="138"/>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="44"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="45"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../riskedu/core/categories.py" line="38"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="39"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/categories.py" line="40"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../riskedu/core/profile.py" line="31"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="32"/>
        <source>Enter a short organisation code of letters and digits (at most 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="34"/>
        <source>Enter the team&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="35"/>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/profile.py" line="36"/>
        <source>Enter the facilitator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/sessions.py" line="121"/>
        <source>This record is final. Reopen it for correction before editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="31"/>
        <source>Attendance must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="34"/>
        <source>Attendance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="37"/>
        <source>Attendance cannot be more than {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="40"/>
        <source>Women and girls with disability ({count}) cannot be more than the female attendees ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="44"/>
        <source>Men and boys with disability ({count}) cannot be more than the male attendees ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="48"/>
        <source>First-time beneficiaries ({count}) cannot be more than all attendees ({total}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="52"/>
        <source>The date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="53"/>
        <source>The date cannot be before 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="54"/>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="57"/>
        <source>The number of sessions must be between 1 and {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="60"/>
        <source>The broadcast must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="63"/>
        <source>Latitude must be between -90 and 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="66"/>
        <source>Longitude must be between -180 and 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="69"/>
        <source>Unknown hazard type: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="70"/>
        <source>Participant {row} has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="71"/>
        <source>Participant {row}: age must be between 0 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="74"/>
        <source>Enter the date of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="75"/>
        <source>Choose a village, or type the place if the village is not in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="78"/>
        <source>Add at least one facilitator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="79"/>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="80"/>
        <source>Choose an activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="81"/>
        <source>Choose a method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="82"/>
        <source>Choose the primary audience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="83"/>
        <source>Choose the type of location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="84"/>
        <source>This activity does not belong to the chosen category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../riskedu/core/validation.py" line="87"/>
        <source>Enter at least one attendee (only media activities may have none).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
