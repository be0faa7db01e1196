namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// Every end-to-end test shares one pack and one packages folder, and they run one after another: each is a full
/// restore and build, and the machine has two cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackagedNewsGenCollection : ICollectionFixture<PackagedNewsGen>
{
    public const string Name = "Packaged NewsGen";
}
