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
</TS>
