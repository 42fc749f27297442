# itertools: argument-count, keyword and integer-argument errors of every constructor
import itertools as it
for name in ['count','cycle','repeat','chain','islice','accumulate','zip_longest','product','permutations','combinations','combinations_with_replacement','compress','dropwhile','takewhile','filterfalse','starmap','groupby','tee','pairwise']:
  f=getattr(it,name)
  for a,k in [((),{}),((1,2,3,4),{}),((),{'zz':1})]:
    try: f(*a,**k); r='ok'
    except Exception as e: r=type(e).__name__+' '+str(e)
    print(name,len(a),k,r)
for f in [lambda: it.count(1, 'a'), lambda: it.permutations('ab', 1.5), lambda: it.combinations('ab', 'x'), lambda: it.product('a', repeat='x'), lambda: it.tee([1], 'x'), lambda: it.repeat(1, 'a'), lambda: it.repeat(1, 2.0), lambda: it.combinations_with_replacement('ab', 1.0)]:
  try: f(); print('ok')
  except Exception as e: print(type(e).__name__, e)
