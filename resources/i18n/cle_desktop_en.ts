<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>PeoplePage</name>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n person</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n without recorded consent</source>
            <translation>
                <numerusform>%n without recorded consent</numerusform>
                <numerusform>%n without recorded consent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stories they told</source>
            <translation>
                <numerusform>%n story they told</numerusform>
                <numerusform>%n stories they told</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos showing them</source>
            <translation>
                <numerusform>%n photo showing them</numerusform>
                <numerusform>%n photos showing them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Withdraw {0}? Their %n stories, their name, and every photo showing them will disappear from every report and export. This is recorded and travels to other laptops.</source>
            <translation>
                <numerusform>Withdraw {0}? Their %n story, their name, and every photo showing them will disappear from every report and export. This is recorded and travels to other laptops.</numerusform>
                <numerusform>Withdraw {0}? Their %n stories, their name, and every photo showing them will disappear from every report and export. This is recorded and travels to other laptops.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erase {0} everywhere? Their name and the words of the %n stories they told or co-told are erased on this laptop now and on every other laptop at its next sync. Photos stay for the other people in them but no longer name this person. This cannot be undone.</source>
            <translation>
                <numerusform>Erase {0} everywhere? Their name and the words of the %n story they told or co-told are erased on this laptop now and on every other laptop at its next sync. Photos stay for the other people in them but no longer name this person. This cannot be undone.</numerusform>
                <numerusform>Erase {0} everywhere? Their name and the words of the %n stories they told or co-told are erased on this laptop now and on every other laptop at its next sync. Photos stay for the other people in them but no longer name this person. This cannot be undone.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message numerus="yes">
            <source>%n stories they told</source>
            <translation>
                <numerusform>%n story they told</numerusform>
                <numerusform>%n stories they told</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photos showing them</source>
            <translation>
                <numerusform>%n photo showing them</numerusform>
                <numerusform>%n photos showing them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; stories</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; story</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; stories</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; participants</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; participant</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; photos</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; photo</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; artifacts</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; artifact</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; artifacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%Ln&lt;/b&gt; stories with a teller whose consent is not recorded</source>
            <translation>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; story with a teller whose consent is not recorded</numerusform>
                <numerusform>&lt;b&gt;%Ln&lt;/b&gt; stories with a teller whose consent is not recorded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Young people told {0} of the %Ln stories; elders {1}. (A story with several tellers counts for each of their generations.)</source>
            <translation>
                <numerusform>Young people told {0} of the %Ln story; elders {1}. (A story with several tellers counts for each of their generations.)</numerusform>
                <numerusform>Young people told {0} of the %Ln stories; elders {1}. (A story with several tellers counts for each of their generations.)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%n results</source>
            <translation>
                <numerusform>%n result</numerusform>
                <numerusform>%n results</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PhotosPage</name>
        <message numerus="yes">
            <source>{0} of %Ln photos</source>
            <translation>
                <numerusform>{0} of %Ln photo</numerusform>
                <numerusform>{0} of %Ln photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln photos</source>
            <translation>
                <numerusform>Imported %Ln photo</numerusform>
                <numerusform>Imported %Ln photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here</source>
            <translation>
                <numerusform>%Ln already here</numerusform>
                <numerusform>%Ln already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln could not be read</source>
            <translation>
                <numerusform>%Ln could not be read</numerusform>
                <numerusform>%Ln could not be read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import cancelled: the photos imported before are kept, %Ln not imported.</source>
            <translation>
                <numerusform>Import cancelled: the photos imported before are kept, %Ln not imported.</numerusform>
                <numerusform>Import cancelled: the photos imported before are kept, %Ln not imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrefetchDialog</name>
        <message numerus="yes">
            <source>%Ln tiles (the limit is {0}).</source>
            <translation>
                <numerusform>%Ln tile (the limit is {0}).</numerusform>
                <numerusform>%Ln tiles (the limit is {0}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message numerus="yes">
            <source>{0} of %Ln changes</source>
            <translation>
                <numerusform>{0} of %Ln change</numerusform>
                <numerusform>{0} of %Ln changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %Ln changes</source>
            <translation>
                <numerusform>Received %Ln change</numerusform>
                <numerusform>Received %Ln changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>left %Ln for the others.</source>
            <translation>
                <numerusform>left %Ln for the others.</numerusform>
                <numerusform>left %Ln for the others.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln changes</source>
            <translation>
                <numerusform>Wrote %Ln change</numerusform>
                <numerusform>Wrote %Ln changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln photos to {0}.</source>
            <translation>
                <numerusform>and %Ln photo to {0}.</numerusform>
                <numerusform>and %Ln photos to {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln new changes</source>
            <translation>
                <numerusform>Imported %Ln new change</numerusform>
                <numerusform>Imported %Ln new changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %Ln photos from {0}.</source>
            <translation>
                <numerusform>and %Ln photo from {0}.</numerusform>
                <numerusform>and %Ln photos from {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This laptop's fingerprint: {0}. Gathering: {1}, %n laptops.</source>
            <translation>
                <numerusform>This laptop's fingerprint: {0}. Gathering: {1}, %n laptop.</numerusform>
                <numerusform>This laptop's fingerprint: {0}. Gathering: {1}, %n laptops.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message numerus="yes">
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>%n assets are not shown on this map: </source>
            <translation>
                <numerusform>%n asset is not shown on this map: </numerusform>
                <numerusform>%n assets are not shown on this map: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../cle_desktop/ui/map_page.py" />
            <source>%n lie outside what this base map covers.</source>
            <translation>
                <numerusform>%n lies outside what this base map covers.</numerusform>
                <numerusform>%n lie outside what this base map covers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoryDesk</name>
        <message numerus="yes">
            <source>similar: {0} (%Ln stories)</source>
            <translation>
                <numerusform>similar: {0} (%Ln story)</numerusform>
                <numerusform>similar: {0} (%Ln stories)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InventoryPanel</name>
        <message numerus="yes">
            <source>“{0}” (%Ln stories)</source>
            <translation>
                <numerusform>“{0}” (%Ln story)</numerusform>
                <numerusform>“{0}” (%Ln stories)</numerusform>
            </translation>
        </message>
    </context>
</TS>