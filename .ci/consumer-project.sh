# Sourced by the smoke scripts. newsgen_consumer_project FILE ROOT NAMESPACE PROPERTIES ITEMS writes FILE: an executable
# net10.0 project that uses NewsGen from the checkout at ROOT the way the package does (its props and targets, the
# generator as an analyzer), with NAMESPACE for the generated code and extra MSBuild PROPERTIES and ITEMS (XML lines).
newsgen_consumer_project() {
  local file=$1 root=$2 namespace=$3 properties=$4 items=$5
  cat > "$file" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/src/NewsGen.Generator/build/NewsGen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <NewsGenNamespace>$namespace</NewsGenNamespace>
$properties
  </PropertyGroup>
  <ItemGroup>
$items
    <ProjectReference Include="$root/src/NewsGen.Generator/NewsGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$root/src/NewsGen.Runtime/NewsGen.Runtime.csproj" />
  </ItemGroup>
  <Import Project="$root/src/NewsGen.Generator/build/NewsGen.targets" />
</Project>
PROJECT
}
