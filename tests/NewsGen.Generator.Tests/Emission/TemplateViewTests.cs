using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;
using Scriban.Runtime;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>
/// Views set their template variables by hand rather than by reflection: each view and each value in it must still
/// offer a template every public property under its own name, or a property added later would render as nothing.
/// </summary>
public class TemplateViewTests
{
    [Fact]
    public void Every_view_offers_each_of_its_public_properties_and_those_of_the_values_in_it()
    {
        var articles = new[] { Models.Rich("/project/articles/one.txt", "One"), Models.Rich("/project/articles/two.txt", "Two") };
        var files = ModelEmission.Files(articles, ModelEmission.Settings());
        Assert.Contains(files, f => f.Template == TemplateNames.ArticleGroup);

        foreach (var file in files)
        {
            var view = file.View();
            AssertOffersProperties(view, view.Globals(), file.HintName);
        }
    }

    private static void AssertOffersProperties(object source, ScriptObject script, string where)
    {
        var properties = source.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToList();
        var expected = properties.Select(p => p.Name).Order().ToList();
        var offered = script.Keys.Order().ToList();
        Assert.True(expected.SequenceEqual(offered), $"{where} offers {string.Join(", ", offered)}; its properties are {string.Join(", ", expected)}");
        foreach (var property in properties)
        {
            var value = property.GetValue(source);
            switch (script[property.Name])
            {
                case ScriptObject nested:
                    AssertOffersProperties(value!, nested, where + "." + property.Name);
                    break;
                case List<ScriptObject> nestedList:
                    var sources = ((IEnumerable)value!).Cast<object>().ToList();
                    Assert.Equal(sources.Count, nestedList.Count);
                    for (var i = 0; i < sources.Count; i++)
                    {
                        AssertOffersProperties(sources[i], nestedList[i], where + "." + property.Name + "[" + i + "]");
                    }

                    break;
            }
        }
    }
}
