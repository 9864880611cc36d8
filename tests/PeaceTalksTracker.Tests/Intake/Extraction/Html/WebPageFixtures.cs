namespace PeaceTalksTracker.Tests.Intake.Extraction.Html;

/// <summary>Small saved pages written for the tests: a news article with the furniture real pages carry around it.</summary>
internal static class WebPageFixtures
{
    public const string NewsArticle = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Envoys meet in Geneva as talks resume | The Daily Ledger</title>
          <meta property="og:title" content="Envoys meet in Geneva as talks resume">
          <meta property="og:site_name" content="The Daily Ledger">
          <meta property="og:url" content="https://ledger.example/world/2026/02/20/envoys-geneva">
          <meta property="article:published_time" content="2026-02-19T23:30:00Z">
          <meta name="author" content="Meta Author">
          <meta name="description" content="Negotiators returned to the table on Friday.">
          <link rel="canonical" href="https://ledger.example/world/envoys-geneva">
          <script type="application/ld+json">{ "not json" </script>
          <script type="application/ld+json">
            { "@context": "https://schema.org", "@graph": [
                { "@type": "WebSite", "name": "Ledger site" },
                { "@type": ["ReportageNewsArticle"], "headline": "Envoys meet in Geneva as peace talks resume",
                  "datePublished": "2026-02-20T08:15:00+01:00", "dateModified": "2026-02-21T10:00:00+01:00",
                  "author": [{ "@type": "Person", "name": "Jane Doe" }, { "@type": "Person", "name": "Oleh Petrenko" }],
                  "publisher": { "@type": "Organization", "name": "Daily Ledger" },
                  "articleSection": "World", "url": "https://ledger.example/world/envoys-geneva" } ] }
          </script>
          <style>body { color: red }</style>
        </head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="share-bar"><a href="https://social.example/share">Share on Social</a> <a href="mailto:?">Email this article</a></div>
          <article>
            <h1>Envoys meet in Geneva as peace talks resume</h1>
            <figure>
              <img src="https://cdn.example/photo.jpg" alt="Delegates at the table">
              <figcaption>Delegates take their seats in Geneva. <span class="credit">Photo: Anna Smith/Wire</span></figcaption>
            </figure>
            <p>Negotiators from Ukraine and Russia returned to the table in Geneva on Friday, the first direct meeting in three months, officials from both delegations said.</p>
            <p>The talks, hosted by Switzerland, are expected to focus on a prisoner exchange and on the safety of the Zaporizhzhia nuclear plant, according to a statement.</p>
            <h2>What is on the table</h2>
            <ul>
              <li>An exchange of prisoners of war, with the International Committee of the Red Cross as a witness.</li>
              <li>Monitoring of the nuclear plant by inspectors of the International Atomic Energy Agency.</li>
            </ul>
            <blockquote><p>“We came to listen, and we came to be heard,” one of the negotiators told reporters outside the venue.</p></blockquote>
            <table>
              <tr><th>Round</th><th>Date</th></tr>
              <tr><td>First</td><td>May 2025</td></tr>
              <tr><td>Second **bold**</td><td>June 2025</td></tr>
            </table>
            <p>Diplomats cautioned that a ceasefire was not expected from this round, but said the fact of the meeting was itself a signal that both capitals wanted to keep a channel open.</p>
            <iframe src="https://video.example/embed/1"></iframe>
            <script>document.write('tracker')</script>
            <div class="related-stories">
              <h3>Related</h3>
              <ul>
                <li><a href="/a">Earlier talks ended without agreement</a></li>
                <li><a href="/b">What the sanctions mean for grain</a></li>
                <li><a href="/c">Analysis: the long road to Geneva</a></li>
              </ul>
            </div>
          </article>
          <aside><p>Sign up for our newsletter and never miss a story about the talks.</p></aside>
          <footer><p>© The Daily Ledger 2026. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    /// <summary>A page that declares itself only through OpenGraph and meta tags (no JSON-LD).</summary>
    public const string OpenGraphOnly = """
        <html lang="fr">
        <head>
          <title>Pourparlers à Genève - Le Quotidien</title>
          <meta property="og:title" content="Pourparlers à Genève">
          <meta property="og:site_name" content="Le Quotidien">
          <meta property="og:url" content="/monde/pourparlers">
          <meta property="article:published_time" content="2026-02-20">
          <meta property="article:author" content="https://social.example/someone">
          <meta name="author" content="Marie Dupont">
        </head>
        <body><article>
          <p>Les négociateurs se sont retrouvés vendredi à Genève pour une nouvelle série de pourparlers, la première depuis trois mois, selon les deux délégations.</p>
          <p>Les discussions porteront sur un échange de prisonniers et sur la sûreté de la centrale nucléaire, a indiqué un communiqué publié dans la matinée.</p>
        </article></body></html>
        """;
}
